package org.ewcstation.services.upgrade;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import org.ewcstation.services.store.SettingsRepository;

/** The upgrade settings as the settings dialog writes them and a workflow reads them when it starts. */
public final class UpgradePreferences {

    /** How long APs may stay away after activation (ISO-8601 duration). */
    public static final String REJOIN_TIMEOUT_KEY = "ui.upgrade.rejoinTimeout";
    /** {@code write memory} after a verified push, and "yes" to the reload's "Save?" question. */
    public static final String SAVE_CONFIG_KEY = "ui.upgrade.saveConfig";

    private final SettingsRepository settings;

    public UpgradePreferences(SettingsRepository settings) {
        this.settings = settings;
    }

    public WorkflowSettings load() {
        Duration rejoin;
        try {
            rejoin = settings.get(REJOIN_TIMEOUT_KEY)
                    .map(Duration::parse)
                    .orElse(WorkflowSettings.DEFAULTS.rejoinTimeout());
        } catch (DateTimeParseException e) {
            rejoin = WorkflowSettings.DEFAULTS.rejoinTimeout();
        }
        boolean save = settings.get(SAVE_CONFIG_KEY).map(Boolean::parseBoolean).orElse(true);
        return new WorkflowSettings(rejoin, save);
    }

    public void save(WorkflowSettings s) {
        settings.put(REJOIN_TIMEOUT_KEY, s.rejoinTimeout().toString());
        settings.put(SAVE_CONFIG_KEY, Boolean.toString(s.saveConfig()));
    }
}
