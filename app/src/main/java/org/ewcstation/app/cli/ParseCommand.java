package org.ewcstation.app.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.ewcstation.i18n.Messages;
import org.ewcstation.i18n.Msg;
import org.ewcstation.services.ewc.capture.CaptureArchive;
import org.ewcstation.services.ewc.parse.OutputKind;
import org.ewcstation.services.ewc.parse.Parsed;
import org.ewcstation.services.ewc.parse.TerminalCapture;
import org.ewcstation.services.ewc.parse.TerminalCapture.Segment;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code ewc-station parse [KIND] FILE [--json]}: one command's saved output, a saved terminal session (prompt
 * and command lines, several commands), or a capture zip. Without KIND every output the file holds is read.
 */
@Command(
        name = "parse",
        mixinStandardHelpOptions = true,
        description = "Parse saved controller output: one command's output, a saved terminal session, or a capture"
                + " zip (ewc-station capture).")
public final class ParseCommand implements Callable<Integer> {

    @Parameters(
            arity = "1..2",
            paramLabel = "[KIND] FILE",
            description = "KIND (optional, found from the text when left out): show-version, show-ap-summary,"
                    + " show-ap-image, show-predownload-status, show-ap-predownload-status,"
                    + " show-image-download-profile, show-logging, show-install-summary, context-help. FILE: the saved"
                    + " text or capture.")
    List<String> args;

    @Option(names = "--json", description = "Print the parse as JSON.")
    boolean json;

    @ParentCommand
    EwcStationCommand parent;

    /** One output found in the file. */
    record Found(Segment segment, OutputKind kind) {}

    @Override
    public Integer call() throws IOException {
        Messages m = parent.messages();
        Path file = Path.of(args.getLast());
        if (!Files.isRegularFile(file)) {
            return fail(m, Msg.of("cli.parse.noFile", file));
        }
        OutputKind asked = null;
        if (args.size() == 2) {
            asked = OutputKind.ofCliName(args.getFirst());
            if (asked == null) {
                return fail(m, Msg.of("cli.parse.unknownKind", args.getFirst(), kindNames()));
            }
        }
        if (CaptureArchive.isZip(file)) {
            return capture(file, m);
        }
        List<Segment> segments = TerminalCapture.split(Files.readString(file, StandardCharsets.UTF_8));
        List<Found> found = new ArrayList<>();
        Msg problem = asked == null ? everything(segments, found) : only(asked, segments, found);
        if (problem != null) {
            return fail(m, problem);
        }
        print(found, m);
        return 0;
    }

    /** Every output with a kind; an error when there is none. */
    private static Msg everything(List<Segment> segments, List<Found> found) {
        segments.stream().filter(s -> s.kind() != null).forEach(s -> found.add(new Found(s, s.kind())));
        return found.isEmpty() ? Msg.of("cli.parse.unknownText", kindNames()) : null;
    }

    /** The outputs of the kind asked; an error naming what the text holds instead. */
    private static Msg only(OutputKind asked, List<Segment> segments, List<Found> found) {
        boolean plain = segments.size() == 1 && segments.getFirst().command() == null;
        if (plain) {
            Segment s = segments.getFirst();
            OutputKind looks = s.kind();
            if (looks != null && looks != asked) {
                return Msg.of("cli.parse.kindMismatch", asked.command(), looks.command(), looks.cliName());
            }
            found.add(new Found(s, asked)); // unknown text: the parser will say what it could not read
            return null;
        }
        segments.stream().filter(s -> s.kind() == asked).forEach(s -> found.add(new Found(s, asked)));
        if (!found.isEmpty()) {
            return null;
        }
        List<String> held = segments.stream()
                .filter(s -> s.command() != null)
                .map(Segment::command)
                .toList();
        return Msg.of("cli.parse.kindNotFound", asked.command(), held.isEmpty() ? "-" : String.join(", ", held));
    }

    private void print(List<Found> found, Messages m) throws IOException {
        List<Map<String, Object>> all = new ArrayList<>();
        for (Found f : found) {
            Parsed<?> p = f.kind().parse(f.segment().output());
            p.problems().forEach(x -> System.err.println(m.text(x.message())));
            if (json) {
                Map<String, Object> one = new LinkedHashMap<>();
                one.put("command", f.segment().command());
                one.put("kind", f.kind().cliName());
                one.put("line", f.segment().line());
                one.put("value", p.value());
                all.add(one);
                continue;
            }
            if (found.size() > 1) {
                String title = f.segment().command() != null
                        ? f.segment().command()
                        : f.kind().command();
                System.out.println(
                        m.text("cli.parse.segment", title, f.segment().line()));
            }
            System.out.println(ParsedText.render(p.value(), m));
        }
        if (json) {
            Object out = all.size() == 1 ? all.getFirst().get("value") : all;
            System.out.println(JsonOut.mapper().writeValueAsString(out));
        }
    }

    private int capture(Path file, Messages m) {
        try {
            CaptureArchive a = CaptureArchive.read(file);
            System.out.println(json ? JsonOut.mapper().writeValueAsString(a.manifest()) : CaptureText.render(a, m));
            return 0;
        } catch (IOException | RuntimeException e) {
            return fail(m, Msg.of("cli.parse.badCapture", file, e.getMessage()));
        }
    }

    private static String kindNames() {
        return String.join(
                ", ",
                Arrays.stream(OutputKind.values()).map(OutputKind::cliName).toList());
    }

    private static int fail(Messages m, Msg msg) {
        System.err.println(m.text(msg));
        return 2;
    }
}
