package org.ewcstation.app.gui;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.stage.Stage;
import org.ewcstation.app.AppContext;
import org.ewcstation.app.cli.VersionProvider;
import org.ewcstation.i18n.Msg;
import org.ewcstation.services.controllers.SavedController;
import org.ewcstation.services.ewc.capture.CaptureListener;
import org.ewcstation.services.ewc.capture.CaptureManifest;
import org.ewcstation.services.ewc.capture.FieldCapture;
import org.ewcstation.services.ewc.session.EwcException;
import org.ewcstation.services.upgrade.UpgradeWorkflow;
import org.ewcstation.views.discovery.DiscoveryDialog;
import org.ewcstation.views.discovery.DiscoveryViewModel;
import org.ewcstation.views.ewc.AddControllerDialog;
import org.ewcstation.views.ewc.ControllerItem;
import org.ewcstation.views.fx.ControllerFactory;
import org.ewcstation.views.fx.FxmlLoader;
import org.ewcstation.views.fx.Localization;
import org.ewcstation.views.main.MainView;
import org.ewcstation.views.main.MainViewModel;
import org.ewcstation.views.settings.SettingsDialog;

/**
 * The main window: the GUI graph built from the composition root's services, its size remembered, and a quit that
 * asks before interrupting an upgrade in progress.
 */
public final class MainWindow {

    private final AppContext context;
    private final GuiGraph graph;
    private final Stage stage;
    private final FxmlLoader fxml;

    public MainWindow(AppContext context) {
        this(context, new Stage());
    }

    public MainWindow(AppContext context, Stage stage) {
        this.context = context;
        this.stage = stage;
        this.graph = new GuiGraph(context, () -> stage);
        Localization loc = graph.loc;
        Msg secretsWhere = graph.settings.secretsWhere();
        ControllerFactory controllers = new ControllerFactory()
                .register(AddControllerDialog.class, () -> new AddControllerDialog(loc, secretsWhere))
                .register(SettingsDialog.class, () -> new SettingsDialog(loc, graph.settings));
        this.fxml = new FxmlLoader(controllers, loc);
        MainView view = new MainView(
                graph.model,
                graph.dialogs,
                new MainView.Actions(
                        this::quit,
                        this::about,
                        this::exportReport,
                        this::discover,
                        this::addController,
                        this::capture,
                        this::editController,
                        this::settings));
        WindowBounds bounds = WindowBounds.load(context.settings());
        stage.setScene(new Scene(view.build(), bounds.width(), bounds.height()));
        stage.titleProperty().bind(title(loc));
        stage.setOnCloseRequest(e -> {
            if (!mayQuit()) {
                e.consume();
                return;
            }
            saveLayout();
        });
    }

    /** The plain name, or the overall progress while any AP is downloading (visible in the task bar). */
    private StringBinding title(Localization loc) {
        var ap = graph.model.apTable();
        return Bindings.createStringBinding(
                () -> ap.initiatedProperty().get() + ap.predownloadingProperty().get() > 0
                        ? loc.now(
                                "app.title.progress",
                                ap.completeProperty().get(),
                                ap.totalProperty().get())
                        : loc.now("app.title"),
                ap.initiatedProperty(),
                ap.predownloadingProperty(),
                ap.completeProperty(),
                ap.totalProperty(),
                loc.messagesProperty());
    }

    public MainViewModel model() {
        return graph.model;
    }

    public Stage stage() {
        return stage;
    }

    public void show() {
        stage.show();
    }

    private void saveLayout() {
        graph.model.saveLayout();
        WindowBounds.save(context.settings(), stage.getWidth(), stage.getHeight());
    }

    /**
     * Quitting during a pre-download, an activation or the rejoin asks first (No is the default); yes leaves each
     * such run Interrupted, resumable at the next start.
     */
    private boolean mayQuit() {
        List<UpgradeWorkflow> busy = context.workflows().busy();
        if (busy.isEmpty()) {
            return true;
        }
        String which = String.join(
                ", ",
                busy.stream()
                        .map(w ->
                                w.controller() + " (" + graph.loc.now(w.stage().key()) + ")")
                        .toList());
        if (!graph.dialogs.confirm("app.quit.title", Msg.of("app.quit.busy", which))) {
            return false;
        }
        context.workflows().interruptAll();
        return true;
    }

    private void quit() {
        if (!mayQuit()) {
            return;
        }
        saveLayout();
        stage.close();
        Platform.exit();
    }

    private void addController() {
        AddControllerDialog.show(fxml, graph.loc, stage).ifPresent(graph.model.controllers()::connect);
    }

    /** The add form filled in for a listed controller: rename, change the login, remember the password or not. */
    private void editController(ControllerItem item) {
        var saved = graph.model.controllers().saved(item);
        var prefill = new AddControllerDialog.Prefill(
                item.address(),
                item.port(),
                saved.map(SavedController::user).orElse(""),
                saved.map(SavedController::label).orElse(""),
                saved.map(SavedController::rememberPassword).orElse(false));
        AddControllerDialog.show(fxml, graph.loc, stage, prefill)
                .ifPresent(entry -> graph.model.controllers().edit(item, entry));
    }

    private void settings() {
        SettingsDialog.show(fxml, graph.loc, stage);
    }

    /** The discovery dialog; a fresh view model each time so a stopped search never carries over. */
    private void discover() {
        var dvm = new DiscoveryViewModel(
                graph.executors,
                context.sshSweep(),
                context.capwapDiscovery(Duration.ofSeconds(3)),
                context.localInterfaces());
        DiscoveryDialog.show(stage, dvm, graph.loc).ifPresent(graph.model.controllers()::connect);
    }

    /**
     * A field capture of the selected controller (read-only commands and context help, secrets masked) into a zip:
     * what a technician sends back the first time a real EWC says something the tool did not expect.
     */
    private void capture() {
        var link = graph.model.controllers().selectedLink();
        if (link.isEmpty()) {
            graph.dialogs.error("capture.title", Msg.of("upgrade.error.noController"));
            return;
        }
        String name = "ewc-capture-" + link.get().endpoint().host().replaceAll("[^A-Za-z0-9.-]", "_") + ".zip";
        graph.dialogs.chooseSaveFile("capture.title", name, "zip").ifPresent(zip -> {
            graph.dialogs.notify(Msg.of("capture.started", link.get().controller()), false);
            graph.executors.background().execute(() -> {
                try {
                    CaptureManifest m = link.get()
                            .capture(
                                    new FieldCapture(VersionProvider.version(), Clock.systemUTC()),
                                    zip,
                                    CaptureListener.NONE);
                    graph.executors.fx().execute(() -> graph.dialogs.notify(m.summary(zip), false));
                } catch (EwcException e) {
                    graph.executors.fx().execute(() -> graph.dialogs.error("capture.title", e.msg()));
                } catch (IOException e) {
                    Msg why = Msg.of("cli.capture.writeFailed", zip.toString(), String.valueOf(e.getMessage()));
                    graph.executors.fx().execute(() -> graph.dialogs.error("capture.title", why));
                }
            });
        });
    }

    /** The newest upgrade run as a report a technician can hand to the customer. */
    private void exportReport() {
        graph.model.history().export(null);
    }

    private void about() {
        Localization loc = graph.loc;
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(stage);
        alert.setTitle(loc.now("about.title"));
        alert.setHeaderText(null);
        alert.setContentText(loc.now("about.text", VersionProvider.version()));
        alert.show();
    }
}
