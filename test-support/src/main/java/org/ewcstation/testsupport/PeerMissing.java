package org.ewcstation.testsupport;

import java.io.Serial;
import org.opentest4j.TestAbortedException;

/** A JUnit assumption that failed because a third-party peer is not installed; names the package for the summary. */
public final class PeerMissing extends TestAbortedException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final String debianPackage;

    PeerMissing(String debianPackage, String message) {
        super(message);
        this.debianPackage = debianPackage;
    }

    public String debianPackage() {
        return debianPackage;
    }
}
