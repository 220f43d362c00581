package org.ewcstation.services.ewc.session;

/**
 * Sees a long command's output while it runs: the controller's latest non-blank line, each time output arrives and
 * at least every half second of silence. Called on the caller's thread while the session waits; it must not block.
 */
@FunctionalInterface
public interface StreamWatch {

    void seen(String lastLine);

    StreamWatch NONE = l -> {};
}
