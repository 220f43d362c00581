package org.ewcstation.app.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.ewcstation.i18n.Messages;
import org.ewcstation.services.ewc.capture.CaptureArchive;
import org.ewcstation.services.ewc.capture.CaptureManifest;
import org.ewcstation.services.ewc.capture.CaptureManifest.Entry;
import org.ewcstation.services.ewc.capture.CaptureManifest.Outcome;
import org.ewcstation.services.ewc.capture.CapturePlan;
import org.ewcstation.services.ewc.parse.OutputKind;
import org.ewcstation.services.ewc.parse.Parsed;

/** A capture zip read back: who took it, then each step with how the controller took it and what it said. */
final class CaptureText {

    private static final String NL = System.lineSeparator();

    private CaptureText() {}

    static String render(CaptureArchive a, Messages m) {
        CaptureManifest man = a.manifest();
        List<String> l = new ArrayList<>();
        l.add(m.text(
                "cli.capture.header",
                man.controllerHostname() == null ? man.controllerHost() : man.controllerHostname(),
                man.controllerHost(),
                String.valueOf(man.controllerPort()),
                man.capturedAt(),
                man.toolVersion()));
        for (int i = 0; i < man.entries().size(); i++) {
            Entry e = man.entries().get(i);
            l.add(m.text("cli.capture.entry", i + 1, where(e), outcome(e.outcome(), m)));
            String detail = detail(a, e, m);
            if (detail != null && !detail.isBlank()) {
                detail.lines().forEach(x -> l.add("     " + x));
            }
        }
        return String.join(NL, l);
    }

    static String outcome(Outcome o, Messages m) {
        return m.text("capture.outcome." + o.name().toLowerCase(Locale.ROOT));
    }

    /** The command as typed, after the configuration mode lines that led to it. */
    static String where(Entry e) {
        return e.configPath().isEmpty() ? e.command() : "(" + String.join(" / ", e.configPath()) + ") " + e.command();
    }

    private static String detail(CaptureArchive a, Entry e, Messages m) {
        return switch (e.outcome()) {
            case SKIPPED -> m.text("capture.skip." + e.detail());
            case ANSWERED -> {
                String text = a.text(e);
                OutputKind kind =
                        e.kind() == CapturePlan.Kind.SHOW ? OutputKind.ofCommand(e.command()) : OutputKind.CONTEXT_HELP;
                if (text == null || kind == null) {
                    yield null;
                }
                Parsed<?> p = kind.parse(text);
                String s = ParsedText.summary(p.value(), m);
                yield p.problems().isEmpty()
                        ? s
                        : s + " " + m.text("cli.capture.problems", p.problems().size());
            }
            default -> e.detail();
        };
    }
}
