package org.ewcstation.views.repository;

import java.nio.file.Path;
import java.time.Instant;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.ewcstation.i18n.Msg;
import org.ewcstation.services.repository.BundleIssue;
import org.ewcstation.services.repository.BundleManifest;
import org.ewcstation.services.repository.ImageRepository;
import org.ewcstation.services.repository.ImportException;
import org.ewcstation.services.repository.ImportOptions;
import org.ewcstation.services.repository.ImportProgress;
import org.ewcstation.views.eventlog.LogEntry;
import org.ewcstation.views.fx.Dialogs;
import org.ewcstation.views.fx.UiExecutors;

/**
 * Importing an AP image bundle (.zip, .tar or a folder) into the served folder, with sampled progress; what the
 * inspection found goes to the log, and the upgrade bar is told to re-read the bundles.
 */
public final class ImportViewModel {

    private final Supplier<ImageRepository> repositories;
    private final UiExecutors executors;
    private final Sampler bridge;
    private final Dialogs dialogs;
    private final Consumer<LogEntry> log;
    private final Runnable onImported;
    private final BooleanProperty importing = new SimpleBooleanProperty();
    private final DoubleProperty progress = new SimpleDoubleProperty(-1);
    private final ObjectProperty<Msg> phase = new SimpleObjectProperty<>();

    public ImportViewModel(
            Supplier<ImageRepository> repositories,
            UiExecutors executors,
            Sampler bridge,
            Dialogs dialogs,
            Consumer<LogEntry> log,
            Runnable onImported) {
        this.repositories = repositories;
        this.executors = executors;
        this.bridge = bridge;
        this.dialogs = dialogs;
        this.log = log;
        this.onImported = onImported;
    }

    /** Reads a snapshot now and then onto the FX thread ({@code FxBridge::sample}). */
    public interface Sampler {
        <T> AutoCloseable sample(long periodMillis, Supplier<T> snapshot, Consumer<T> apply);
    }

    public void importFrom(Path source) {
        if (importing.get()) {
            return;
        }
        importing.set(true);
        ImportProgress p = new ImportProgress();
        AutoCloseable sampling = bridge.sample(200, p::snapshot, s -> {
            progress.set(s.fraction());
            phase.set(Msg.of(s.phase().key()));
        });
        executors.background().execute(() -> {
            try {
                // The served folder may have changed since the window opened: import where the servers serve now.
                ImageRepository repository = repositories.get();
                BundleManifest m = repository.importBundle(source, ImportOptions.defaults(), p);
                String where = repository.profilePath(m.folder());
                log.accept(entry(
                        LogEntry.Level.INFO,
                        Msg.of(
                                "import.done",
                                m.version().orElse("?"),
                                where,
                                m.files().size())));
                for (BundleIssue issue : m.issues()) {
                    log.accept(entry(issue.blocking() ? LogEntry.Level.ERROR : LogEntry.Level.WARNING, issue.msg()));
                }
                executors.fx().execute(() -> {
                    dialogs.notify(
                            Msg.of(
                                    "import.done",
                                    m.version().orElse("?"),
                                    where,
                                    m.files().size()),
                            false);
                    onImported.run();
                });
            } catch (ImportException e) {
                log.accept(entry(LogEntry.Level.ERROR, e.msg()));
                executors.fx().execute(() -> dialogs.error("import.title", e.msg()));
            } finally {
                close(sampling);
                executors.fx().execute(() -> {
                    importing.set(false);
                    progress.set(-1);
                    phase.set(null);
                });
            }
        });
    }

    private static void close(AutoCloseable c) {
        try {
            c.close();
        } catch (Exception ignored) {
            // cancelling a timer cannot fail in a way worth reporting
        }
    }

    private static LogEntry entry(LogEntry.Level level, Msg msg) {
        return new LogEntry(Instant.now(), LogEntry.Source.APP, "", level, msg);
    }

    public BooleanProperty importingProperty() {
        return importing;
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    public ObjectProperty<Msg> phaseProperty() {
        return phase;
    }
}
