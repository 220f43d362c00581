package org.ewcstation.services.ewc.poll;

import org.ewcstation.i18n.Msg;

/** What the poller tells its owner; every method does nothing unless overridden. Called on the poller's thread. */
public interface PollListener {

    default void connected(String controller) {}

    default void snapshot(ApSnapshot snapshot, ApChanges changes) {}

    /** The session ended or could not be opened; the poller retries after {@code retryInMillis}. */
    default void connectionLost(Msg reason, long retryInMillis) {}

    /** A command failed but the session is fine (the next poll tries again). */
    default void pollFailed(Msg reason) {}

    /** The poller gave up for good (wrong password, changed host key) or was stopped ({@code reason} null). */
    default void stopped(Msg reason) {}
}
