package org.ewcstation.services.ewc.capture;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.ewcstation.i18n.Msg;

/**
 * The {@code manifest.json} of a capture: which tool took it, when, from which controller, and for each step
 * what was typed and how the controller took it. Texts in it are masked like the outputs.
 */
public record CaptureManifest(
        int format,
        String tool,
        String toolVersion,
        String capturedAt,
        String controllerHost,
        int controllerPort,
        String controllerHostname,
        List<Entry> entries) {

    public static final int FORMAT = 1;

    public CaptureManifest {
        entries = List.copyOf(entries);
    }

    /** "Capture written to …: n answered, n refused, …", for the command line and the window alike. */
    public Msg summary(Path zip) {
        Map<Outcome, Integer> n = new EnumMap<>(Outcome.class);
        entries().forEach(e -> n.merge(e.outcome(), 1, Integer::sum));
        return Msg.of(
                "cli.capture.written",
                zip.toString(),
                n.getOrDefault(Outcome.ANSWERED, 0),
                n.getOrDefault(Outcome.REFUSED, 0),
                n.getOrDefault(Outcome.TIMED_OUT, 0),
                n.getOrDefault(Outcome.SKIPPED, 0),
                n.getOrDefault(Outcome.FAILED, 0));
    }

    public enum Outcome {
        /** The controller answered; the output is in {@code file}. */
        ANSWERED,
        /** The controller refused the words ({@code % Invalid input}, {@code % Unrecognized command}). */
        REFUSED,
        /** No full answer in time; what came is in {@code file}. */
        TIMED_OUT,
        /** Not typed: reaching it would have changed the configuration. {@code detail} says why. */
        SKIPPED,
        /** The session failed (lost, or could not be opened again). */
        FAILED
    }

    /**
     * One step. {@code configPath} are the mode lines typed before it in configuration mode; {@code detail} is
     * the controller's error, or a skip code ({@code noDefaultProfile}, {@code profileNotSftp},
     * {@code profileUnknown}).
     */
    public record Entry(
            String file,
            CapturePlan.Kind kind,
            String command,
            List<String> configPath,
            Outcome outcome,
            String detail,
            long millis) {

        public Entry {
            configPath = configPath == null ? List.of() : List.copyOf(configPath);
        }
    }
}
