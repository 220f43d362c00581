package org.ewcstation.app.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.ewcstation.app.AppContext;
import org.ewcstation.i18n.Messages;
import org.ewcstation.i18n.Msg;
import org.ewcstation.i18n.SafeText;
import org.ewcstation.i18n.Units;
import org.ewcstation.services.history.ReportDetails;
import org.ewcstation.services.history.RunReport;
import org.ewcstation.services.history.RunReportFiles;
import org.ewcstation.services.history.RunSummary;
import org.ewcstation.services.history.UpgradeHistory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code ewc-station history}: the stored upgrade runs (the window's and the command line's alike), or with
 * {@code --report RUN --out FILE.html} the customer report of one.
 */
@Command(name = "history", mixinStandardHelpOptions = true, description = "List upgrade runs, or write one's report.")
public final class HistoryCommand implements Callable<Integer> {

    @ParentCommand
    EwcStationCommand parent;

    @Option(names = "--json", description = "The runs as JSON.")
    boolean json;

    @Option(names = "--report", paramLabel = "RUN", description = "Write the report of this run (see --out).")
    Long report;

    @Option(
            names = "--out",
            paramLabel = "FILE.html|DIR",
            description =
                    "Where the report goes (the PDF and two CSV files beside it); a folder: named by site and day.")
    Path out;

    @Option(names = "--site", paramLabel = "TEXT", description = "Site named in the report's head.")
    String site;

    @Option(names = "--customer", paramLabel = "TEXT", description = "Customer named in the report's head.")
    String customer;

    @Option(names = "--technician", paramLabel = "TEXT", description = "Technician named in the report's head.")
    String technician;

    @Override
    public Integer call() throws IOException {
        Messages m = parent.messages();
        try (AppContext ctx = AppContext.start(new GlobalOptions(parent == null ? null : parent.dataDir, false))) {
            UpgradeHistory history = ctx.workflows().history();
            if (report != null) {
                return writeReport(history, m);
            }
            List<RunSummary> runs = history.runs();
            if (json) {
                System.out.println(JsonOut.mapper()
                        .writeValueAsString(
                                runs.stream().map(HistoryCommand::row).toList()));
                return 0;
            }
            if (runs.isEmpty()) {
                System.out.println(m.text(Msg.of("cli.history.none")));
            }
            if (!runs.isEmpty()) {
                System.out.print(table(runs, m, ZoneId.systemDefault()));
            }
            return 0;
        }
    }

    private int writeReport(UpgradeHistory history, Messages m) throws IOException {
        if (out == null) {
            System.err.println(m.text(Msg.of("cli.history.outMissing")));
            return 2;
        }
        Optional<RunReport> r = history.report(report);
        if (r.isEmpty()) {
            System.err.println(m.text(Msg.of("cli.history.noRun", report)));
            return 3;
        }
        ReportDetails details = new ReportDetails(site, customer, technician);
        boolean any = !(details.site() + details.customer() + details.technician()).isBlank();
        Optional<ReportDetails> given = Optional.of(details).filter(x -> any);
        // a folder: the report is named by its site (or controller) and day there
        Path html = Files.isDirectory(out)
                ? out.resolve(RunReportFiles.fileName(r.get().run(), given, ZoneId.systemDefault()))
                : out;
        List<Path> written = RunReportFiles.write(r.get(), m, ZoneId.systemDefault(), html, given);
        for (Path p : written) {
            System.out.println(m.text(Msg.of("cli.history.wrote", p)));
        }
        if (written.stream().noneMatch(p -> p.getFileName().toString().endsWith(".pdf"))) {
            System.err.println(m.text(Msg.of("report.pdf.noFont")));
        }
        return 0;
    }

    /** The runs as people read them: local time to the minute, how long each took, and what it achieved. */
    static String table(List<RunSummary> runs, Messages m, ZoneId zone) {
        DateTimeFormatter when =
                DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT).withZone(zone);
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {
            "#",
            m.text(Msg.of("cli.history.col.started")),
            m.text(Msg.of("cli.history.col.duration")),
            m.text(Msg.of("cli.history.col.controller")),
            m.text(Msg.of("cli.history.col.version")),
            m.text(Msg.of("cli.history.col.mode")),
            m.text(Msg.of("cli.history.col.result"))
        });
        for (RunSummary r : runs) {
            rows.add(new String[] {
                Long.toString(r.id()),
                when.format(r.startedAt()),
                r.endedAt()
                        .map(e -> Units.duration(Duration.between(r.startedAt(), e)))
                        .orElse("—"),
                plain(r.controllerShort()),
                r.bundleVersion().isBlank() ? "—" : plain(r.bundleVersion()),
                r.mode(),
                m.text(Msg.of(r.outcome().key()))
            });
        }
        return TextTable.render(rows);
    }

    /** Text the controller reported, with what a terminal would act on (escapes, bidi overrides) made visible. */
    private static String plain(String s) {
        return SafeText.line(s);
    }

    private static Map<String, Object> row(RunSummary r) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("id", r.id());
        o.put("controller", r.controller());
        o.put("controllerName", r.identity().name());
        o.put("controllerModel", r.identity().model());
        o.put("controllerSerial", r.identity().serial());
        o.put("controllerVersion", r.controllerVersion());
        o.put("bundlePath", r.bundlePath());
        o.put("bundleVersion", r.bundleVersion());
        o.put("mode", r.mode());
        o.put("server", r.server());
        o.put("startedAt", r.startedAt());
        o.put("endedAt", r.endedAt().orElse(null));
        o.put("state", r.state().name().toLowerCase(Locale.ROOT));
        o.put("outcome", r.outcome().name().toLowerCase(Locale.ROOT));
        o.put("controllerVersionAfter", r.controllerVersionAfter());
        o.put(
                "durationSeconds",
                r.endedAt()
                        .map(e -> Duration.between(r.startedAt(), e).toSeconds())
                        .orElse(null));
        o.put("existingServer", r.existingServer());
        return o;
    }
}
