package org.ewcstation.app.cli;

import java.nio.file.Path;

/** Options every mode shares. */
public record GlobalOptions(Path dataDir, boolean demo) {}
