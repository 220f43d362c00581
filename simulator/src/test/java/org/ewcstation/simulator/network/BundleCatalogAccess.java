package org.ewcstation.simulator.network;

import java.nio.file.Path;

/** Lets tests in other packages hash a file the way the simulator does. */
public final class BundleCatalogAccess {

    private BundleCatalogAccess() {}

    public static FetchedImage hash(Path f) {
        return BundleCatalog.hash(f);
    }
}
