package org.ewcstation.app.gui;

import java.lang.management.ManagementFactory;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Measures the cold start to the first painted window and then quits, when the system property
 * {@value #PROPERTY} is {@code true}. The installer smoke test and the build's class-data-sharing training
 * run use it; a normal start never sets it. The time counts from JVM start, so it includes the launcher,
 * class loading and the toolkit, which is what a user waits for.
 */
public final class FirstFrameProbe {

    public static final String PROPERTY = "ewcstation.exitAfterFirstFrame";
    private static final Logger LOG = LoggerFactory.getLogger(FirstFrameProbe.class);

    private FirstFrameProbe() {}

    public static boolean enabled() {
        return Boolean.getBoolean(PROPERTY);
    }

    /** Call before {@code stage.show()}. */
    public static void watch(Stage stage) {
        stage.addEventHandler(
                WindowEvent.WINDOW_SHOWN,
                e -> new AnimationTimer() {
                    private int pulses;

                    @Override
                    public void handle(long now) {
                        // The first pulse after showing renders the scene; the second one starts only after that frame
                        // is out.
                        if (++pulses < 2) {
                            return;
                        }
                        stop();
                        long ms = System.currentTimeMillis()
                                - ManagementFactory.getRuntimeMXBean().getStartTime();
                        LOG.info("First window shown {} ms after JVM start", ms);
                        stage.close();
                        Platform.exit();
                    }
                }.start());
    }
}
