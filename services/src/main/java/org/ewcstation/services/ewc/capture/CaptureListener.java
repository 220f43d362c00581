package org.ewcstation.services.ewc.capture;

/** Progress of a capture; every method does nothing unless overridden. Called on the capturing thread. */
public interface CaptureListener {

    CaptureListener NONE = new CaptureListener() {};

    default void started(int steps) {}

    /** Step {@code done} of {@code steps} finished as {@code entry} says. */
    default void step(int done, int steps, CaptureManifest.Entry entry) {}
}
