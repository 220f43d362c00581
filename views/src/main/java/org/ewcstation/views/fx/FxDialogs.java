package org.ewcstation.views.fx;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;
import org.ewcstation.i18n.Msg;
import org.ewcstation.services.history.ReportDetails;
import org.ewcstation.services.preflight.PreflightReport;
import org.ewcstation.services.store.SettingsRepository;
import org.ewcstation.services.upgrade.ApIssue;
import org.ewcstation.services.upgrade.Confirmation;
import org.ewcstation.views.history.ReportDetailsDialog;
import org.ewcstation.views.upgrade.CommandsDialog;
import org.ewcstation.views.upgrade.PreflightDialog;

/** The real dialogs, owned by the main window, in the current language. */
public final class FxDialogs implements Dialogs {

    static final String LAST_FOLDER = "ui.export.folder";
    static final String REPORT_SITE = "ui.report.site";
    static final String REPORT_CUSTOMER = "ui.report.customer";
    static final String REPORT_TECHNICIAN = "ui.report.technician";

    private final Localization loc;
    private final Supplier<Window> owner;
    private final SettingsRepository settings;

    public FxDialogs(Localization loc, Supplier<Window> owner, SettingsRepository settings) {
        this.loc = loc;
        this.owner = owner;
        this.settings = settings;
    }

    @Override
    public Optional<Path> chooseSaveFile(String titleKey, String initialName, String extension) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(loc.now(titleKey));
        chooser.setInitialFileName(initialName);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("*." + extension, "*." + extension));
        // where the last export went, not the process's working directory
        settings.get(LAST_FOLDER)
                .map(Path::of)
                .filter(Files::isDirectory)
                .ifPresent(d -> chooser.setInitialDirectory(d.toFile()));
        Optional<Path> chosen =
                Optional.ofNullable(chooser.showSaveDialog(owner.get())).map(File::toPath);
        chosen.map(Path::toAbsolutePath).map(Path::getParent).ifPresent(d -> settings.put(LAST_FOLDER, d.toString()));
        return chosen;
    }

    @Override
    public Optional<Path> chooseOpenFile(String titleKey, String... extensions) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(loc.now(titleKey));
        List<String> patterns = Arrays.stream(extensions).map(e -> "*." + e).toList();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(String.join(", ", patterns), patterns));
        return Optional.ofNullable(chooser.showOpenDialog(owner.get())).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseFolder(String titleKey, Path initial) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(loc.now(titleKey));
        if (initial != null && Files.isDirectory(initial)) {
            chooser.setInitialDirectory(initial.toFile());
        }
        return Optional.ofNullable(chooser.showDialog(owner.get())).map(File::toPath);
    }

    @Override
    public boolean confirm(String titleKey, Msg question) {
        Alert alert = new Alert(
                Alert.AlertType.CONFIRMATION, loc.messages().text(question), ButtonType.OK, ButtonType.CANCEL);
        alert.initOwner(owner.get());
        Styles.apply(alert);
        alert.setTitle(loc.now(titleKey));
        alert.setHeaderText(null);
        ((Button) alert.getDialogPane().lookupButton(ButtonType.OK)).setText(loc.now("common.ok"));
        ((Button) alert.getDialogPane().lookupButton(ButtonType.CANCEL)).setText(loc.now("common.cancel"));
        // the safe answer is the default: Enter never confirms
        ((Button) alert.getDialogPane().lookupButton(ButtonType.OK)).setDefaultButton(false);
        ((Button) alert.getDialogPane().lookupButton(ButtonType.CANCEL)).setDefaultButton(true);
        return alert.showAndWait().filter(b -> b == ButtonType.OK).isPresent();
    }

    @Override
    public void error(String titleKey, Msg message) {
        Alert alert = new Alert(Alert.AlertType.ERROR, loc.messages().text(message), ButtonType.CLOSE);
        alert.initOwner(owner.get());
        Styles.apply(alert);
        alert.setTitle(loc.now(titleKey));
        alert.setHeaderText(null);
        ((Button) alert.getDialogPane().lookupButton(ButtonType.CLOSE)).setText(loc.now("common.close"));
        alert.show();
    }

    @Override
    public void info(String titleKey, List<Msg> paragraphs) {
        String text = paragraphs.stream().map(loc.messages()::text).collect(Collectors.joining("\n\n"));
        Alert alert = new Alert(Alert.AlertType.INFORMATION, text, ButtonType.CLOSE);
        alert.initOwner(owner.get());
        alert.setTitle(loc.now(titleKey));
        alert.setHeaderText(null);
        alert.getDialogPane().setMinWidth(560);
        ((Button) alert.getDialogPane().lookupButton(ButtonType.CLOSE)).setText(loc.now("common.close"));
        alert.show();
    }

    @Override
    public Optional<SecretAnswer> askSecret(String titleKey, Msg prompt) {
        return SecretDialog.ask(owner.get(), loc, titleKey, prompt);
    }

    @Override
    public void notify(Msg message, boolean problem) {
        Window w = owner.get();
        if (w == null || !w.isShowing()) {
            return;
        }
        // Past three at once, one summary instead of a tower of popups over the window.
        Notifications n = Notifications.create()
                .owner(w)
                .text(loc.messages().text(message))
                .hideAfter(Duration.seconds(problem ? 10 : 5))
                .threshold(
                        3,
                        Notifications.create()
                                .owner(w)
                                .text(loc.now("notify.many"))
                                .hideAfter(Duration.seconds(10)));
        if (problem) {
            n.showError();
        } else {
            n.showInformation();
        }
    }

    @Override
    public boolean confirmCommands(Confirmation c) {
        return CommandsDialog.confirm(owner.get(), loc, c);
    }

    @Override
    public void refused(String titleKey, Msg reason, List<ApIssue> aps) {
        CommandsDialog.refused(owner.get(), loc, titleKey, reason, aps);
    }

    @Override
    public void showPreflight(PreflightReport report) {
        PreflightDialog.show(owner.get(), loc, report);
    }

    @Override
    public Optional<ReportDetails> reportDetails() {
        ReportDetails last = new ReportDetails(
                settings.get(REPORT_SITE, ""), settings.get(REPORT_CUSTOMER, ""), settings.get(REPORT_TECHNICIAN, ""));
        Optional<ReportDetails> d = ReportDetailsDialog.ask(owner.get(), loc, last);
        d.ifPresent(x -> {
            settings.put(REPORT_SITE, x.site());
            settings.put(REPORT_CUSTOMER, x.customer());
            settings.put(REPORT_TECHNICIAN, x.technician());
        });
        return d;
    }

    @Override
    public boolean confirmPreflightStart(PreflightReport report) {
        return PreflightDialog.confirmStart(owner.get(), loc, report);
    }
}
