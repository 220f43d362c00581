package org.ewcstation.simulator.cli;

import java.io.IOException;
import java.io.InputStream;

/**
 * Keys from the client, one at a time. Clients end lines with CR, LF or CR LF; a CR LF pair counts as one
 * Enter, so the LF after a CR is skipped.
 */
final class LineInput {

    private final InputStream in;
    private boolean skipLf;

    LineInput(InputStream in) {
        this.in = in;
    }

    /** The next key, with CR and LF both reported as '\r'; -1 at end of input. */
    int key() throws IOException {
        while (true) {
            int b = in.read();
            if (b == '\n' && skipLf) {
                skipLf = false;
                continue;
            }
            skipLf = b == '\r';
            return b == '\n' ? '\r' : b;
        }
    }
}
