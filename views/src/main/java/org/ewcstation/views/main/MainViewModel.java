package org.ewcstation.views.main;

import java.util.Objects;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import org.ewcstation.i18n.Language;
import org.ewcstation.services.store.SettingsRepository;
import org.ewcstation.views.aptable.ApTableViewModel;
import org.ewcstation.views.eventlog.EventLogViewModel;
import org.ewcstation.views.ewc.ControllersViewModel;
import org.ewcstation.views.fx.ColumnMemory;
import org.ewcstation.views.fx.Localization;
import org.ewcstation.views.history.HistoryViewModel;
import org.ewcstation.views.power.KeepAwakeViewModel;
import org.ewcstation.views.repository.ImportViewModel;
import org.ewcstation.views.servers.ServersViewModel;
import org.ewcstation.views.transfers.TransfersViewModel;
import org.ewcstation.views.upgrade.UpgradeViewModel;

/**
 * The main window's state: its parts' view models, the language (remembered in the settings) and the
 * split positions (remembered too).
 */
public final class MainViewModel {

    public static final String LANGUAGE_KEY = "ui.language";
    static final String SPLIT_H_KEY = "ui.split.horizontal";
    static final String SPLIT_V_KEY = "ui.split.vertical";

    private final Localization localization;
    private final SettingsRepository settings;
    private final Parts parts;
    private final ColumnMemory columns;
    private final DoubleProperty horizontalSplit;
    private final DoubleProperty verticalSplit;

    /** The window's parts, each built by the composition root with its own dependencies. */
    public record Parts(
            ServersViewModel servers,
            ControllersViewModel controllers,
            ApTableViewModel apTable,
            EventLogViewModel eventLog,
            TransfersViewModel transfers,
            UpgradeViewModel upgrade,
            ImportViewModel importer,
            HistoryViewModel history,
            KeepAwakeViewModel power) {

        /** Every part is required: a missing one fails here, at construction, not at the first click. */
        public Parts {
            Objects.requireNonNull(servers, "servers");
            Objects.requireNonNull(controllers, "controllers");
            Objects.requireNonNull(apTable, "apTable");
            Objects.requireNonNull(eventLog, "eventLog");
            Objects.requireNonNull(transfers, "transfers");
            Objects.requireNonNull(upgrade, "upgrade");
            Objects.requireNonNull(importer, "importer");
            Objects.requireNonNull(history, "history");
            Objects.requireNonNull(power, "power");
        }
    }

    public MainViewModel(Localization localization, SettingsRepository settings, Parts parts) {
        this.parts = parts;
        this.localization = localization;
        this.settings = settings;
        this.columns = new ColumnMemory(settings);
        localization.languageProperty().addListener((obs, old, now) -> settings.put(LANGUAGE_KEY, now.tag()));
        this.horizontalSplit = remembered(SPLIT_H_KEY, 0.18);
        this.verticalSplit = remembered(SPLIT_V_KEY, 0.68);
    }

    /** The language to start in: the remembered one, else the OS's. */
    public static Language initialLanguage(SettingsRepository settings) {
        return settings.get(LANGUAGE_KEY).map(Language::fromTag).orElseGet(Language::systemDefault);
    }

    private DoubleProperty remembered(String key, double fallback) {
        double start;
        try {
            start = Double.parseDouble(settings.get(key, Double.toString(fallback)));
        } catch (NumberFormatException e) {
            start = fallback;
        }
        DoubleProperty p = new SimpleDoubleProperty(start);
        return p;
    }

    /** Writes the split positions; called when the window closes, not on every drag. */
    public ColumnMemory columns() {
        return columns;
    }

    public void saveLayout() {
        columns.save();
        settings.put(SPLIT_H_KEY, Double.toString(horizontalSplit.get()));
        settings.put(SPLIT_V_KEY, Double.toString(verticalSplit.get()));
    }

    public ObjectProperty<Language> languageProperty() {
        return localization.languageProperty();
    }

    public Localization localization() {
        return localization;
    }

    public ControllersViewModel controllers() {
        return parts.controllers();
    }

    public ApTableViewModel apTable() {
        return parts.apTable();
    }

    public EventLogViewModel eventLog() {
        return parts.eventLog();
    }

    public ImportViewModel importer() {
        return parts.importer();
    }

    public HistoryViewModel history() {
        return parts.history();
    }

    public UpgradeViewModel upgrade() {
        return parts.upgrade();
    }

    public TransfersViewModel transfers() {
        return parts.transfers();
    }

    /** The status bar's keep-awake chip. */
    public KeepAwakeViewModel power() {
        return parts.power();
    }

    public ServersViewModel servers() {
        return parts.servers();
    }

    public DoubleProperty horizontalSplitProperty() {
        return horizontalSplit;
    }

    public DoubleProperty verticalSplitProperty() {
        return verticalSplit;
    }
}
