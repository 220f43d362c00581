package org.ewcstation.services.ewc.session;

/**
 * The session as the log pane shows it. Text arrives with every secret already masked as {@code *****}.
 * Called on the session's threads: keep it short and never throw.
 */
public interface TranscriptListener {

    TranscriptListener NONE = new TranscriptListener() {};

    /** What we typed (a line or a key such as a space for --More--). */
    default void sent(EwcEndpoint endpoint, String text) {}

    /** What the controller printed, in whole exchanges. */
    default void received(EwcEndpoint endpoint, String text) {}

    /** Connected, authenticated, closed: one short code each. */
    default void event(EwcEndpoint endpoint, String code) {}
}
