package org.ewcstation.services.history;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.ewcstation.i18n.Messages;

/**
 * The customer report of a run as files: the HTML page and, beside it, the APs and the transfers as CSV
 * ({@code NAME.html}, {@code NAME-aps.csv}, {@code NAME-transfers.csv}). The window and the command line write the same.
 */
public final class RunReportFiles {

    private RunReportFiles() {}

    /** Writes the three files and returns them, the HTML first. */
    public static List<Path> write(RunReport report, Messages messages, ZoneId zone, Path html) throws IOException {
        return write(report, messages, zone, html, Optional.empty());
    }

    /** The same, with the site, customer and technician in the report's head. */
    public static List<Path> write(
            RunReport report, Messages messages, ZoneId zone, Path html, Optional<ReportDetails> details)
            throws IOException {
        Files.writeString(
                html,
                new RunReportHtml(messages, zone, Clock.systemUTC()).render(report, details),
                StandardCharsets.UTF_8);
        RunReportCsv csv = new RunReportCsv(messages, zone);
        String base = html.getFileName().toString().replaceFirst("\\.html?$", "");
        Path aps = html.resolveSibling(base + "-aps.csv");
        Path transfers = html.resolveSibling(base + "-transfers.csv");
        Files.writeString(aps, csv.aps(report), StandardCharsets.UTF_8);
        Files.writeString(transfers, csv.transfers(report), StandardCharsets.UTF_8);
        return List.of(html, aps, transfers);
    }
}
