package org.ewcstation.simulator.network;

import java.nio.file.Path;

/** How the controller fetches one image file from the configured server. */
public interface ImageFetcher {

    /** Streams {@code remotePath} into {@code target} while hashing; never holds the image in memory. */
    FetchedImage fetch(String remotePath, Path target) throws FetchException;
}
