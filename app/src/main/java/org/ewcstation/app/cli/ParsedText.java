package org.ewcstation.app.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.ewcstation.i18n.Messages;
import org.ewcstation.services.ewc.model.ApImageCounts;
import org.ewcstation.services.ewc.model.ApImageReport;
import org.ewcstation.services.ewc.model.ApProgress;
import org.ewcstation.services.ewc.model.ApSummary;
import org.ewcstation.services.ewc.model.ImageDownloadProfile;
import org.ewcstation.services.ewc.model.InstallSummary;
import org.ewcstation.services.ewc.model.IosLogLine;
import org.ewcstation.services.ewc.model.PredownloadPhase;
import org.ewcstation.services.ewc.model.PredownloadState;
import org.ewcstation.services.ewc.model.VersionInfo;
import org.ewcstation.services.ewc.parse.ApImageTypes;
import org.ewcstation.services.ewc.session.ContextHelp;

/**
 * A parse as a person reads it, in the user's language, for {@code ewc-station parse} without {@code --json}:
 * labelled lines and a table of one AP per line with translated statuses, aligned for Japanese as for English,
 * never a Java record's own text. {@link #summary} is the one-line form a
 * capture's listing uses.
 */
final class ParsedText {

    private static final String NL = System.lineSeparator();

    private ParsedText() {}

    static String render(Object value, Messages m) {
        return switch (value) {
            case ApImageReport r -> apImage(r, m);
            case ApSummary s -> apSummary(s, m);
            case VersionInfo v -> version(v, m);
            case PredownloadState p -> predownload(p, m);
            case ContextHelp h -> help(h, m);
            case InstallSummary s -> installSummary(s, m);
            case List<?> l when l.isEmpty() -> m.text("cli.parse.none");
            case List<?> l -> String.join(NL, l.stream().map(x -> item(x, m)).toList());
            case null -> m.text("cli.parse.none");
            default -> json(value);
        };
    }

    /** One line saying what the output holds. */
    static String summary(Object value, Messages m) {
        return switch (value) {
            case ApImageReport r -> counts(r, m);
            case ApSummary s -> m.text("cli.parse.apSummary.count", s.aps().size());
            case VersionInfo v ->
                m.text(
                        "cli.parse.version.summary",
                        n(v.hostname()),
                        n(v.version()),
                        n(v.platform()),
                        m.text(v.ewc() ? "cli.parse.version.ewc" : "cli.parse.version.notEwc"));
            case PredownloadState p -> predownload(p, m);
            case ContextHelp h -> help(h, m);
            case InstallSummary s -> timer(s, m);
            case List<?> l when l.isEmpty() -> m.text("cli.parse.none");
            case List<?> l when l.getFirst() instanceof IosLogLine -> logCount(l, m);
            case List<?> l
            when !l.isEmpty() && l.getFirst() instanceof ApProgress -> m.text("cli.parse.progress.count", l.size());
            case List<?> l -> String.join("; ", l.stream().map(x -> item(x, m)).toList());
            case null -> m.text("cli.parse.none");
            default -> json(value);
        };
    }

    private static String version(VersionInfo v, Messages m) {
        List<String> l = new ArrayList<>();
        l.add(m.text("cli.parse.version.hostname", n(v.hostname())));
        l.add(m.text("cli.parse.version.version", n(v.version())));
        l.add(m.text("cli.parse.version.platform", n(v.platform())));
        if (v.model() != null) {
            l.add(m.text("cli.parse.version.model", v.model()));
        }
        if (v.serial() != null) {
            l.add(m.text("cli.parse.version.serial", v.serial()));
        }
        if (v.image() != null) {
            l.add(m.text("cli.parse.version.image", v.image()));
        }
        l.add(m.text("cli.parse.version.uptime", n(v.uptime())));
        l.add(m.text(v.ewc() ? "cli.parse.version.ewc" : "cli.parse.version.notEwc"));
        return String.join(NL, l);
    }

    private static String counts(ApImageReport r, Messages m) {
        ApImageCounts c = r.counts();
        String counts = m.text(
                "cli.parse.apImage.counts",
                r.totalAps(),
                c.initiated(),
                c.downloading(),
                c.predownloading(),
                c.completedDownloading(),
                c.completedPredownloading(),
                c.notSupported(),
                c.failedToPredownload());
        String state = m.text(c.predownloadInProgress() ? "cli.parse.apImage.inProgress" : "cli.parse.apImage.idle");
        // two sentences: a space between them in English, none in Japanese
        return m.text("cli.parse.apImage.countsAndState", counts, state);
    }

    private static String apImage(ApImageReport r, Messages m) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {
            m.text("aptable.column.name"),
            m.text("aptable.column.primary"),
            m.text("aptable.column.backup"),
            m.text("aptable.column.predownloadStatus"),
            m.text("aptable.column.predownloadVersion"),
            m.text("aptable.column.nextRetry"),
            m.text("aptable.column.retries"),
            m.text("aptable.column.method")
        });
        r.aps()
                .forEach(a -> rows.add(new String[] {
                    a.name(),
                    n(a.primaryImage()),
                    n(a.backupImage()),
                    m.text(PredownloadPhase.label(a.predownloadStatus())),
                    n(a.predownloadVersion()),
                    n(a.nextRetryTime()),
                    String.valueOf(a.retryCount()),
                    n(a.method())
                }));
        return counts(r, m) + NL + table(rows);
    }

    private static String apSummary(ApSummary s, Messages m) {
        ApImageTypes types = new ApImageTypes();
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {
            m.text("aptable.column.name"),
            m.text("aptable.column.model"),
            m.text("aptable.column.imageType"),
            m.text("aptable.column.ip"),
            m.text("cli.parse.column.state")
        });
        s.aps()
                .forEach(a -> rows.add(new String[] {
                    a.name(), n(a.model()), n(types.imageType(a.model())), n(a.ipAddress()), n(a.state())
                }));
        return m.text("cli.parse.apSummary.count", s.aps().size()) + NL + table(rows);
    }

    private static String installSummary(InstallSummary s, Messages m) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {
            m.text("cli.parse.install.column.type"),
            m.text("cli.parse.column.state"),
            m.text("cli.parse.install.column.version")
        });
        s.packages()
                .forEach(p -> rows.add(new String[] {
                    p.type(), m.text("cli.parse.install.state." + p.state().name()), p.version()
                }));
        String where = s.packages().isEmpty() || s.packages().getFirst().location() == null
                ? "-"
                : s.packages().getFirst().location();
        return m.text("cli.parse.install.location", where) + NL + table(rows) + NL + timer(s, m);
    }

    private static String timer(InstallSummary s, Messages m) {
        if (!s.autoAbortRunning()) {
            return m.text("cli.parse.install.timerOff");
        }
        Duration left = s.timeBeforeRollback();
        return left == null
                ? m.text("cli.parse.install.timerOn")
                : m.text(
                        "cli.parse.install.timerOnLeft",
                        "%02d:%02d:%02d".formatted(left.toHours(), left.toMinutesPart(), left.toSecondsPart()));
    }

    /** Columns aligned by terminal cells, so Japanese headers line up as English ones do. */
    private static String table(List<String[]> rows) {
        return TextTable.render(rows).stripTrailing();
    }

    private static String predownload(PredownloadState p, Messages m) {
        return m.text("cli.parse.predownload.state", n(p.status()), n(p.error()));
    }

    private static String help(ContextHelp h, Messages m) {
        if (h.error() != null) {
            return m.text("cli.parse.help.refused", h.error().replace("\n", " ").strip());
        }
        List<String> words = h.lines().stream()
                .map(l -> l.strip().split("\\s+")[0])
                .filter(w -> !w.isEmpty())
                .toList();
        return m.text("cli.parse.help.offers", String.join(", ", words));
    }

    private static String logCount(List<?> l, Messages m) {
        long events = l.stream()
                .filter(x -> x instanceof IosLogLine line && line.event() != null)
                .count();
        return m.text("cli.parse.log.count", l.size(), events);
    }

    private static String item(Object x, Messages m) {
        return switch (x) {
            case IosLogLine line -> line.raw().strip();
            case ApProgress p ->
                String.join("  ", p.apName(), p.percent() == null ? "-" : p.percent() + "%", n(p.eta()), n(p.status()));
            case ImageDownloadProfile p ->
                m.text(
                        "cli.parse.profile",
                        p.name(),
                        p.mode() == null ? "-" : p.mode().name().toLowerCase(Locale.ROOT),
                        n(p.server()),
                        n(p.path()),
                        n(p.sftpUser()),
                        p.sftpPasswordSet()
                                ? m.text("cli.parse.profile.passwordSet", n(p.sftpPasswordType()))
                                : m.text("cli.parse.profile.passwordNone"));
            default -> json(x);
        };
    }

    private static String json(Object value) {
        try {
            return JsonOut.mapper().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            return String.valueOf(value);
        }
    }

    private static String n(Object o) {
        return o == null ? "-" : o.toString();
    }
}
