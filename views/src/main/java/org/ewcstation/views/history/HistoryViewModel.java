package org.ewcstation.views.history;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.ewcstation.i18n.Msg;
import org.ewcstation.services.history.RunReportCsv;
import org.ewcstation.services.history.RunReportHtml;
import org.ewcstation.services.history.RunSummary;
import org.ewcstation.services.history.UpgradeHistory;
import org.ewcstation.views.fx.Dialogs;
import org.ewcstation.views.fx.Localization;
import org.ewcstation.views.fx.UiExecutors;

/** The stored upgrade runs, newest first, and the customer report of any of them (HTML plus two CSV files). */
public final class HistoryViewModel {

  private final UpgradeHistory history;
  private final UiExecutors executors;
  private final Dialogs dialogs;
  private final Localization loc;
  private final ObservableList<RunSummary> runs = FXCollections.observableArrayList();

  public HistoryViewModel(UpgradeHistory history, UiExecutors executors, Dialogs dialogs, Localization loc) {
    this.history = history;
    this.executors = executors;
    this.dialogs = dialogs;
    this.loc = loc;
  }

  public void refresh() {
    executors.background().execute(() -> {
      List<RunSummary> all = history.runs().stream()
          .sorted(java.util.Comparator.comparingLong(RunSummary::id).reversed()).toList();
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
    dialogs.chooseSaveFile("report.export.title", "ewc-upgrade-" + target.id() + ".html", "html")
        .ifPresent(file -> write(target.id(), file));
  }

  /** Writes the report files; returns how many were written (the HTML and two CSV files). */
  public int write(long runId, Path file) {
    var report = history.report(runId);
    if (report.isEmpty()) {
      dialogs.error("report.export.title", Msg.of("report.export.none"));
      return 0;
    }
    try {
      Files.writeString(file, new RunReportHtml(loc.messages(), ZoneId.systemDefault(), Clock.systemUTC())
          .render(report.get()), StandardCharsets.UTF_8);
      RunReportCsv csv = new RunReportCsv(loc.messages(), ZoneId.systemDefault());
      String base = file.getFileName().toString().replaceFirst("\\.html?$", "");
      Files.writeString(file.resolveSibling(base + "-aps.csv"), csv.aps(report.get()), StandardCharsets.UTF_8);
      Files.writeString(file.resolveSibling(base + "-transfers.csv"), csv.transfers(report.get()), StandardCharsets.UTF_8);
      dialogs.notify(Msg.of("report.export.done", file.toString()), false);
      return 3;
    } catch (IOException e) {
      dialogs.error("report.export.title", Msg.of("log.export.failed", file.toString(), String.valueOf(e.getMessage())));
      return 0;
    }
  }

  public ObservableList<RunSummary> runs() {
    return runs;
  }
}
