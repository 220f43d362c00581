package org.ewcstation.views.main;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import org.ewcstation.i18n.Language;
import org.ewcstation.services.store.SettingsRepository;
import org.ewcstation.views.aptable.ApRows;
import org.ewcstation.views.aptable.ApTableViewModel;
import org.ewcstation.views.eventlog.EventLogViewModel;
import org.ewcstation.views.ewc.ControllersViewModel;
import org.ewcstation.views.fx.ColumnMemory;
import org.ewcstation.views.fx.Localization;
import org.ewcstation.views.history.HistoryViewModel;
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
    private final ControllersViewModel controllers;
    private final ApTableViewModel apTable = new ApTableViewModel();
    private final EventLogViewModel eventLog;
    private final TransfersViewModel transfers = new TransfersViewModel();
    private final ServersViewModel servers;
    private UpgradeViewModel upgrade;
    private final ColumnMemory columns;
    private final DoubleProperty horizontalSplit;
    private final DoubleProperty verticalSplit;

    public MainViewModel(
            Localization localization,
            SettingsRepository settings,
            ServersViewModel servers,
            ControllersViewModel controllers) {
        this.servers = servers;
        this.controllers = controllers;
        controllers.setOnSnapshot((c, s) -> apTable.present(ApRows.of(s)));
        this.localization = localization;
        this.settings = settings;
        this.eventLog = new EventLogViewModel(localization);
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
        return controllers;
    }

    public ApTableViewModel apTable() {
        return apTable;
    }

    public EventLogViewModel eventLog() {
        return eventLog;
    }

    /** Set once by the composition root (it needs the controllers' links and the AP table). */
    public void setUpgrade(UpgradeViewModel upgrade) {
        this.upgrade = upgrade;
    }

    private ImportViewModel importer;

    /** Set once by the composition root (it needs the repository and the log). */
    public void setImporter(ImportViewModel importer) {
        this.importer = importer;
    }

    public ImportViewModel importer() {
        return importer;
    }

    private HistoryViewModel history;

    public void setHistory(HistoryViewModel history) {
        this.history = history;
    }

    public HistoryViewModel history() {
        return history;
    }

    public UpgradeViewModel upgrade() {
        return upgrade;
    }

    public TransfersViewModel transfers() {
        return transfers;
    }

    public ServersViewModel servers() {
        return servers;
    }

    public DoubleProperty horizontalSplitProperty() {
        return horizontalSplit;
    }

    public DoubleProperty verticalSplitProperty() {
        return verticalSplit;
    }
}
