package org.ewcstation.simulator.network;

import java.nio.file.Path;

/** An image the controller holds: its file (null for the controller's own, virtual image), size and SHA-256. */
public record FetchedImage(Path file, long size, String sha256) {}
