package org.ewcstation.views.fx;

import java.util.concurrent.Executor;

/**
 * Where view models send blocking work and where its results come back: the app passes a background pool
 * and the FX thread; tests pass {@code Runnable::run} for both.
 */
public record UiExecutors(Executor background, Executor fx) {

    public static UiExecutors sameThread() {
        return new UiExecutors(Runnable::run, Runnable::run);
    }
}
