package org.ewcstation.services.history;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.ewcstation.i18n.Messages;

/**
 * The customer report of a run as files: the HTML page, the same page as PDF when this computer has a Japanese
 * font to embed ({@link RunReportPdf#font}), and the APs and the transfers as CSV ({@code NAME.html},
 * {@code NAME.pdf}, {@code NAME-aps.csv}, {@code NAME-transfers.csv}). The window and the command line write the
 * same.
 */
public final class RunReportFiles {

    private RunReportFiles() {}

    /** Writes the files and returns them, the HTML first. */
    public static List<Path> write(RunReport report, Messages messages, ZoneId zone, Path html) throws IOException {
        return write(report, messages, zone, html, Optional.empty());
    }

    /** The same, with the site, customer and technician in the report's head; the PDF with the usual font. */
    public static List<Path> write(
            RunReport report, Messages messages, ZoneId zone, Path html, Optional<ReportDetails> details)
            throws IOException {
        return write(report, messages, zone, html, details, RunReportPdf.font(System.getenv()));
    }

    /** The same with the font to embed in the PDF; no PDF without one. */
    public static List<Path> write(
            RunReport report,
            Messages messages,
            ZoneId zone,
            Path html,
            Optional<ReportDetails> details,
            Optional<Path> font)
            throws IOException {
        String page = new RunReportHtml(messages, zone, Clock.systemUTC()).render(report, details);
        Files.writeString(html, page, StandardCharsets.UTF_8);
        List<Path> written = new ArrayList<>(List.of(html));
        String base = html.getFileName().toString().replaceFirst("\\.x?html?$", "");
        if (font.isPresent()) {
            Path pdf = html.resolveSibling(base + ".pdf");
            try (OutputStream out = Files.newOutputStream(pdf)) {
                RunReportPdf.write(page, font.get(), out);
            }
            written.add(pdf);
        }
        RunReportCsv csv = new RunReportCsv(messages, zone);
        Path aps = html.resolveSibling(base + "-aps.csv");
        Path transfers = html.resolveSibling(base + "-transfers.csv");
        Files.writeString(aps, csv.aps(report), StandardCharsets.UTF_8);
        Files.writeString(transfers, csv.transfers(report), StandardCharsets.UTF_8);
        written.add(aps);
        written.add(transfers);
        return written;
    }

    /**
     * The report's file name: the site (else the controller) and the run's local date, then the run's number, so
     * a folder of reports sorts by site and day: {@code ewc-report-Osaka-HQ-2026-02-01-run12.html}.
     */
    public static String fileName(RunSummary run, Optional<ReportDetails> details, ZoneId zone) {
        String where =
                details.map(ReportDetails::site).filter(s -> !s.isBlank()).orElse(RunReportHtml.title(run));
        String day = DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT)
                .withZone(zone)
                .format(run.startedAt());
        return "ewc-report-" + safe(where) + "-" + day + "-run" + run.id() + ".html";
    }

    /** Letters (any script), digits, dot and underscore kept; every other run of characters one hyphen. */
    static String safe(String s) {
        String kept = s.strip().replaceAll("[^\\p{L}\\p{N}._]+", "-").replaceAll("^[-.]+|-+$", "");
        return kept.length() > 40 ? kept.substring(0, 40) : kept.isEmpty() ? "run" : kept;
    }
}
