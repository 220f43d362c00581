package org.ewcstation.views.upgrade;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import org.ewcstation.i18n.Msg;
import org.ewcstation.services.diagnosis.Diagnosis;
import org.ewcstation.services.diagnosis.Severity;
import org.ewcstation.services.ewc.link.ControllerLink;
import org.ewcstation.services.ewc.model.DownloadMode;
import org.ewcstation.services.ewc.poll.ApSnapshot;
import org.ewcstation.services.network.LocalInterfaces;
import org.ewcstation.services.repository.ImageRepository;
import org.ewcstation.services.servers.ServerChoices;
import org.ewcstation.services.servers.ServerManager;
import org.ewcstation.services.upgrade.Confirmer;
import org.ewcstation.services.upgrade.Outcome;
import org.ewcstation.services.upgrade.Stage;
import org.ewcstation.services.upgrade.UpgradeProgress;
import org.ewcstation.services.upgrade.UpgradeWorkflow;
import org.ewcstation.services.upgrade.UpgradeWorkflows;
import org.ewcstation.services.upgrade.WorkflowEvents;
import org.ewcstation.views.eventlog.LogEntry;
import org.ewcstation.views.ewc.ControllerItem;
import org.ewcstation.views.ewc.ControllersViewModel;
import org.ewcstation.views.fx.Dialogs;
import org.ewcstation.views.fx.UiExecutors;

/**
 * The upgrade bar's model: the form (bundle, mode, server, path) and the selected controller's workflow, whose stage
 * decides which buttons work. Every step runs in the background through the one workflow in services; every way a
 * step can end (done, refused, cancelled, failed) ends the busy state, and a refusal or failure opens a dialog.
 */
public final class UpgradeViewModel implements AutoCloseable {

    /** The parts the bar works with, as the composition root gives them. */
    public record Parts(
            UpgradeWorkflows workflows,
            ControllersViewModel controllers,
            ServerManager servers,
            ServerChoices choices,
            LocalInterfaces interfaces,
            Supplier<ImageRepository> repositories) {

        Optional<ControllerLink> selected() {
            return controllers.selectedLink();
        }

        Optional<ApSnapshot> snapshot() {
            return controllers.latestSnapshot();
        }
    }

    private final Parts parts;
    private final UiExecutors executors;
    private final Dialogs dialogs;
    private final Consumer<LogEntry> log;
    private final UpgradeForm form;
    private final WorkflowEvents events;
    private final ObjectProperty<Stage> stage = new SimpleObjectProperty<>(Stage.READY);
    private final ObjectProperty<UpgradeProgress> progress =
            new SimpleObjectProperty<>(UpgradeProgress.idle(Stage.READY));
    private final IntegerProperty percent = new SimpleIntegerProperty();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private volatile String shown = "";
    private final Confirmer confirmer;

    public UpgradeViewModel(Parts parts, UiExecutors executors, Dialogs dialogs, Consumer<LogEntry> log) {
        this.parts = parts;
        this.executors = executors;
        this.dialogs = dialogs;
        this.log = log;
        this.confirmer = c -> onFx(() -> dialogs.confirmCommands(c));
        this.form = new UpgradeForm(parts.servers(), parts.choices(), parts.interfaces(), executors);
        this.events = new WorkflowEvents() {
            @Override
            public void stageChanged(String controller, Stage from, Stage to) {
                if (controller.equals(shown)) {
                    executors.fx().execute(() -> stage.set(to));
                }
            }

            @Override
            public void progress(String controller, UpgradeProgress p) {
                if (controller.equals(shown)) {
                    executors.fx().execute(() -> {
                        progress.set(p);
                        percent.set(p.percent());
                    });
                }
            }

            @Override
            public void log(String controller, Severity level, Msg message) {
                entry(controller, level, message);
            }

            @Override
            public void diagnosis(String controller, Diagnosis d) {
                entry(d.subject(), d.severity(), d.message());
                entry(d.subject(), d.severity(), d.action());
                if (d.severity() != Severity.INFO) {
                    executors.fx().execute(() -> dialogs.notify(d.message(), true));
                }
            }
        };
        parts.workflows().addListener(events);
        parts.controllers().selectedProperty().subscribe((ControllerItem c) -> show(c));
    }

    private void show(ControllerItem c) {
        String key = c == null ? "" : c.endpoint();
        if (!key.equals(shown)) { // the item is replaced on every poll; only another controller matters here
            show(key, c == null ? null : literal(c.address()));
        }
    }

    /** Only literal addresses: resolving a host name would block the FX thread. */
    private static InetAddress literal(String address) {
        try {
            return address != null && address.matches("[0-9.]+|.*:.*") ? InetAddress.getByName(address) : null;
        } catch (UnknownHostException e) {
            return null;
        }
    }

    /** The controller shown in the window changed ({@code host:port}, or empty): the bar follows its workflow. */
    public void show(String controller, InetAddress address) {
        shown = controller == null ? "" : controller;
        form.refresh(address);
        executors.background().execute(() -> {
            Optional<UpgradeWorkflow> w = parts.workflows().of(shown);
            Stage s = w.map(UpgradeWorkflow::stage).orElse(Stage.READY);
            UpgradeProgress p = w.map(UpgradeWorkflow::progress).orElse(UpgradeProgress.idle(s));
            executors.fx().execute(() -> {
                stage.set(s);
                progress.set(p);
                percent.set(p.percent());
            });
        });
    }

    /** Re-reads the bundles and this computer's addresses (the served folder changed, a bundle was imported). */
    public void refresh(InetAddress controller) {
        form.refresh(controller);
    }

    // ---- the steps --------------------------------------------------------------------------------------------

    /** Save: push the profile, read it back, verify. {@code thenDownload}: the preflight gate, then the start. */
    public void save(boolean thenDownload) {
        Optional<ControllerLink> l = parts.selected();
        Optional<Msg> missing = form.missing(l.isPresent());
        if (missing.isPresent()) {
            dialogs.error("upgrade.title", missing.get());
            return;
        }
        UpgradeForm.Values v = form.values();
        busy.set(true);
        executors.background().execute(() -> {
            try {
                if (thenDownload && !preflightAllows(l.get(), v)) {
                    return;
                }
                UpgradeWorkflow w = workflow(l.get());
                Outcome o = w.save(form.plan(v, parts.servers()));
                if (o.done() && thenDownload) {
                    o = w.start(confirmer);
                }
                Outcome end = o;
                executors.fx().execute(() -> finish(end, thenDownload ? "upgrade.done.started" : "upgrade.done.saved"));
            } catch (UpgradeForm.ServerProblem e) {
                executors.fx().execute(() -> finish(new Outcome.Failed(e.msg()), null));
            } catch (RuntimeException e) {
                Msg why = Msg.of("servers.start.unexpected", "Upgrade", String.valueOf(e.getMessage()));
                executors.fx().execute(() -> finish(new Outcome.Failed(why), null));
            } finally {
                executors.fx().execute(() -> busy.set(false));
            }
        });
    }

    /** Abort the pre-download in progress (the exact line is shown first). */
    public void abort() {
        step(w -> w.abort(confirmer), "upgrade.done.aborted");
    }

    /**
     * Activate: refused, naming every AP that is not ready, unless the run is pre-downloaded (the menu and the
     * shortcut reach here even when the button is disabled, so the rule lives in the workflow, not in the button).
     */
    public void activate() {
        step(w -> w.activate(confirmer), "upgrade.done.activating");
    }

    private void step(Function<UpgradeWorkflow, Outcome> step, String doneKey) {
        Optional<ControllerLink> l = parts.selected();
        if (l.isEmpty()) {
            dialogs.error("upgrade.title", Msg.of("upgrade.error.noController"));
            return;
        }
        busy.set(true);
        executors.background().execute(() -> {
            Outcome o;
            try {
                o = step.apply(workflow(l.get()));
            } catch (RuntimeException e) {
                o = new Outcome.Failed(Msg.of("servers.start.unexpected", "Upgrade", String.valueOf(e.getMessage())));
            }
            Outcome end = o;
            executors.fx().execute(() -> {
                busy.set(false);
                finish(end, doneKey);
            });
        });
    }

    /** Checks everything the push depends on, before anything is sent: servers, addresses, ping, path, images. */
    public void preflight() {
        Optional<ControllerLink> l = parts.selected();
        Optional<Msg> missing = form.missing(l.isPresent());
        if (missing.isPresent()) {
            dialogs.error("upgrade.title", missing.get());
            return;
        }
        UpgradeForm.Values v = form.values();
        busy.set(true);
        executors.background().execute(() -> {
            try {
                var report = form.preflight(parts, l.get(), v);
                executors.fx().execute(() -> dialogs.showPreflight(report));
            } catch (RuntimeException e) {
                Msg why = Msg.of("servers.start.unexpected", "Preflight", String.valueOf(e.getMessage()));
                executors.fx().execute(() -> finish(new Outcome.Failed(why), null));
            } finally {
                executors.fx().execute(() -> busy.set(false));
            }
        });
    }

    /** The preflight before a download: red items show the checklist and ask (Cancel is the default). */
    private boolean preflightAllows(ControllerLink l, UpgradeForm.Values v) {
        try {
            var report = form.preflight(parts, l, v);
            if (!report.blocking()) {
                return true;
            }
            long red = report.results().stream()
                    .filter(r -> r.level().name().equals("RED"))
                    .count();
            entry(shown, Severity.WARNING, Msg.of("upgrade.log.preflightRed", red));
            if (!onFx(() -> dialogs.confirmPreflightStart(report))) {
                entry(shown, Severity.INFO, Msg.of("upgrade.log.preflightStopped"));
                return false;
            }
            entry(shown, Severity.WARNING, Msg.of("upgrade.log.preflightOverridden"));
            return true;
        } catch (RuntimeException e) {
            // the gate only helps: when it cannot run, the download goes on and says so
            entry(
                    shown,
                    Severity.WARNING,
                    Msg.of("servers.start.unexpected", "Preflight", String.valueOf(e.getMessage())));
            return true;
        }
    }

    private void finish(Outcome o, String doneKey) {
        switch (o) {
            case Outcome.Done d -> {
                if (doneKey != null) {
                    dialogs.notify(Msg.of(doneKey), false);
                }
            }
            case Outcome.Refused r -> dialogs.refused("upgrade.title", r.reason(), r.aps());
            case Outcome.Cancelled c -> {}
            case Outcome.Failed f -> dialogs.error("upgrade.title", f.reason());
        }
    }

    private UpgradeWorkflow workflow(ControllerLink l) {
        return parts.workflows().attach(l, l::version);
    }

    /** Runs {@code s} on the FX thread and waits for its answer (the workflow asks from a background thread). */
    private <T> T onFx(Supplier<T> s) {
        CompletableFuture<T> f = new CompletableFuture<>();
        executors.fx().execute(() -> {
            try {
                f.complete(s.get());
            } catch (RuntimeException e) {
                f.completeExceptionally(e);
            }
        });
        return f.join();
    }

    private void entry(String subject, Severity level, Msg m) {
        LogEntry.Level l = switch (level) {
            case INFO -> LogEntry.Level.INFO;
            case WARNING -> LogEntry.Level.WARNING;
            case ERROR -> LogEntry.Level.ERROR;
        };
        log.accept(new LogEntry(Instant.now(), LogEntry.Source.APP, subject, l, m));
    }

    // ---- what the bar binds to ----------------------------------------------------------------------------------

    public ObservableMap<String, Bundles.Info> bundleDetails() {
        return form.bundleDetails();
    }

    public ObservableList<String> bundles() {
        return form.bundles();
    }

    public ObservableList<String> addresses() {
        return form.addresses();
    }

    public StringProperty bundleProperty() {
        return form.bundle();
    }

    public ObjectProperty<DownloadMode> modeProperty() {
        return form.mode();
    }

    public StringProperty serverAddressProperty() {
        return form.serverAddress();
    }

    public StringProperty pathProperty() {
        return form.path();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    public ReadOnlyObjectProperty<Stage> stageProperty() {
        return stage;
    }

    public ReadOnlyObjectProperty<UpgradeProgress> progressProperty() {
        return progress;
    }

    public ReadOnlyIntegerProperty percentProperty() {
        return percent;
    }

    /** The served folder as the bar's bundle list sees it. */
    public Path servedRoot() {
        return parts.servers().settings().root();
    }

    @Override
    public void close() {
        parts.workflows().removeListener(events);
    }

    static List<Stage> steps() {
        return List.of(Stage.PROFILE_SAVED, Stage.PREDOWNLOADING, Stage.ACTIVATING, Stage.REJOINING, Stage.VERIFIED);
    }
}
