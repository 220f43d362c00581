package org.ewcstation.services.discovery;

/** Progress of a sweep; every method does nothing unless overridden. Called on the sweep's threads. */
public interface SweepListener {

    SweepListener NONE = new SweepListener() {};

    /** {@code done} of {@code total} address:port probes are finished. */
    default void progress(int done, int total) {}

    default void found(SshHost host) {}

    default void found(CapwapController controller) {}
}
