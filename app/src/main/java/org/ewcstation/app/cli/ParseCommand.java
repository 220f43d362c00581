package org.ewcstation.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.ewcstation.i18n.Messages;
import org.ewcstation.i18n.Msg;
import org.ewcstation.services.ewc.parse.Parsed;
import org.ewcstation.services.ewc.parse.ShowApImageParser;
import org.ewcstation.services.ewc.parse.ShowApSummaryParser;
import org.ewcstation.services.ewc.parse.ShowVersionParser;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code ewc-station parse show-ap-image|show-ap-summary|show-version FILE [--json]}. */
@Command(
        name = "parse",
        mixinStandardHelpOptions = true,
        description = "Parse saved controller output (show ap image, show ap summary, show version).")
public final class ParseCommand implements Callable<Integer> {

    @ParentCommand
    EwcStationCommand parent;

    @Parameters(index = "0", paramLabel = "KIND", description = "show-ap-image, show-ap-summary or show-version")
    String kind;

    @Parameters(index = "1", paramLabel = "FILE", description = "The saved output.")
    Path file;

    @Option(names = "--json", description = "Print the parse as JSON.")
    boolean json;

    @Override
    public Integer call() throws IOException {
        Messages m = parent.messages();
        if (!Files.isRegularFile(file)) {
            System.err.println(m.text(Msg.of("cli.parse.noFile", file)));
            return 2;
        }
        String text = Files.readString(file, StandardCharsets.UTF_8);
        Parsed<?> p = switch (kind) {
            case "show-ap-image" -> new ShowApImageParser().parse(text);
            case "show-ap-summary" -> new ShowApSummaryParser().parse(text);
            case "show-version" -> new ShowVersionParser().parse(text);
            default -> null;
        };
        if (p == null) {
            System.err.println(m.text(Msg.of("cli.parse.unknownKind", kind)));
            return 2;
        }
        p.problems().forEach(x -> System.err.println(m.text(x.message())));
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        if (json) {
            System.out.println(mapper.writeValueAsString(p.value()));
        } else {
            System.out.print(ParsedText.render(p.value(), m));
        }
        return 0;
    }
}
