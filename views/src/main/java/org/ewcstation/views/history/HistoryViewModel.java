package org.ewcstation.views.history;

import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.ewcstation.i18n.Msg;
import org.ewcstation.services.history.ReportDetails;
import org.ewcstation.services.history.RunReportFiles;
import org.ewcstation.services.history.RunState;
import org.ewcstation.services.history.RunSummary;
import org.ewcstation.services.history.UpgradeHistory;
import org.ewcstation.views.fx.Dialogs;
import org.ewcstation.views.fx.Localization;
import org.ewcstation.views.fx.UiExecutors;

/** The stored upgrade runs, newest first, and the customer report of any of them (HTML, PDF and two CSV files). */
public final class HistoryViewModel {

    private final UpgradeHistory history;
    private final UiExecutors executors;
    private final Dialogs dialogs;
    private final Localization loc;
    private final ObservableList<RunSummary> runs = FXCollections.observableArrayList();
    private final List<RunViewModel> open = new ArrayList<>();
    private final RunResumer resumer;

    public HistoryViewModel(
            UpgradeHistory history, UiExecutors executors, Dialogs dialogs, Localization loc, RunResumer resumer) {
        this.resumer = resumer;
        this.history = history;
        this.executors = executors;
        this.dialogs = dialogs;
        this.loc = loc;
    }

    public void refresh() {
        executors.background().execute(() -> {
            List<RunSummary> all = history.runs().stream()
                    .sorted(Comparator.comparingLong(RunSummary::id).reversed())
                    .toList();
            executors.fx().execute(() -> runs.setAll(all));
        });
    }

    /** Asks where, then writes the report of {@code run} (or of the newest run when null). */
    public void export(RunSummary run) {
        RunSummary target = run != null ? run : runs.isEmpty() ? null : runs.getFirst();
        if (target == null) {
            dialogs.error("report.export.title", Msg.of("report.export.none"));
            return;
        }
        dialogs.reportDetails()
                .ifPresent(details -> dialogs.chooseSaveFile(
                                "report.export.title",
                                RunReportFiles.fileName(target, given(details), ZoneId.systemDefault()),
                                "html")
                        .ifPresent(file -> write(target.id(), file, details)));
    }

    /** Writes the report files; returns how many were written (the HTML, the PDF when a font is found, two CSV). */
    public int write(long runId, Path file) {
        return write(runId, file, new ReportDetails("", "", ""));
    }

    /** The same with the report's site, customer and technician (blank rows are left out). */
    public int write(long runId, Path file, ReportDetails details) {
        var report = history.report(runId);
        if (report.isEmpty()) {
            dialogs.error("report.export.title", Msg.of("report.export.none"));
            return 0;
        }
        try {
            List<Path> written =
                    RunReportFiles.write(report.get(), loc.messages(), ZoneId.systemDefault(), file, given(details));
            dialogs.notify(Msg.of("report.export.done", file.toString()), false);
            if (written.stream().noneMatch(p -> p.getFileName().toString().endsWith(".pdf"))) {
                dialogs.notify(Msg.of("report.pdf.noFont"), true);
            }
            return written.size();
        } catch (IOException e) {
            dialogs.error(
                    "report.export.title",
                    Msg.of("log.export.failed", file.toString(), String.valueOf(e.getMessage())));
            return 0;
        }
    }

    /** The details when the technician entered any (blank rows are left out of the report). */
    private static Optional<ReportDetails> given(ReportDetails details) {
        boolean any = !(details.site() + details.customer() + details.technician()).isBlank();
        return Optional.of(details).filter(x -> any);
    }

    /** The view of one run, read in the background; live while it stays open (until {@link #close}). */
    public RunViewModel open(long runId) {
        RunViewModel m = new RunViewModel(runId, history, executors);
        open.add(m);
        m.reload();
        return m;
    }

    public void close(RunViewModel m) {
        open.remove(m);
    }

    /** A watched run was written to: its open views read it again. Call on the FX thread. */
    public void runChanged(long runId) {
        for (RunViewModel m : List.copyOf(open)) {
            if (m.runId() == runId) {
                m.changed();
            }
        }
    }

    /** A run started, ended or was resumed: the list shows its new state, open views too. */
    public void runStateChanged(long runId) {
        refresh();
        runChanged(runId);
    }

    /** Watches an interrupted run again, or says why it cannot. */
    public boolean resume(RunSummary run) {
        if (run == null) {
            return false;
        }
        if (run.state() != RunState.INTERRUPTED) {
            dialogs.error("history.resume.title", Msg.of("history.resume.notInterrupted", run.id()));
            return false;
        }
        Optional<Msg> why = resumer.resume(run);
        if (why.isPresent()) {
            dialogs.error("history.resume.title", why.get());
            return false;
        }
        dialogs.notify(Msg.of("history.resumed", run.id()), false);
        runStateChanged(run.id());
        return true;
    }

    public ObservableList<RunSummary> runs() {
        return runs;
    }
}
