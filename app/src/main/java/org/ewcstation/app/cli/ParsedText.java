package org.ewcstation.app.cli;

import java.util.List;
import java.util.stream.Collectors;
import org.ewcstation.services.ewc.model.ApImageReport;
import org.ewcstation.services.ewc.model.ApSummary;
import org.ewcstation.services.ewc.model.VersionInfo;
import org.ewcstation.services.ewc.parse.ApImageTypes;

/** Plain-text rendering of a parse for {@code ewc-station parse} without {@code --json}: one AP per line. */
final class ParsedText {

    private ParsedText() {}

    static String render(Object value) {
        return switch (value) {
            case ApImageReport r ->
                "total=" + r.totalAps() + " " + r.counts() + System.lineSeparator()
                        + lines(r.aps().stream()
                                .map(a -> String.join(
                                        "  ",
                                        a.name(),
                                        a.primaryImage(),
                                        a.backupImage(),
                                        a.predownloadStatus(),
                                        a.predownloadVersion(),
                                        a.nextRetryTime(),
                                        String.valueOf(a.retryCount()),
                                        String.valueOf(a.method())))
                                .toList());
            case ApSummary s -> {
                ApImageTypes types = new ApImageTypes();
                yield lines(s.aps().stream()
                        .map(a -> String.join(
                                "  ",
                                a.name(),
                                a.model(),
                                types.imageType(a.model()),
                                String.valueOf(a.ipAddress()),
                                String.valueOf(a.state())))
                        .toList());
            }
            case VersionInfo v ->
                "hostname=" + v.hostname() + System.lineSeparator() + "version=" + v.version()
                        + System.lineSeparator() + "platform=" + v.platform() + System.lineSeparator() + "ewc="
                        + v.ewc()
                        + System.lineSeparator() + "uptime=" + v.uptime();
            default -> String.valueOf(value);
        };
    }

    private static String lines(List<String> l) {
        return l.stream().collect(Collectors.joining(System.lineSeparator()));
    }
}
