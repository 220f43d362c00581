package org.ewcstation.services.power;

import org.ewcstation.services.store.SettingsRepository;

/** The keep-awake setting as the settings dialog writes it; {@link KeepAwake} follows it at once. */
public final class PowerPreferences {

    /** Keep the computer awake during transfers and runs (default on). */
    public static final String KEEP_AWAKE_KEY = "ui.power.keepAwake";

    private final SettingsRepository settings;
    private final KeepAwake keepAwake;

    public PowerPreferences(SettingsRepository settings, KeepAwake keepAwake) {
        this.settings = settings;
        this.keepAwake = keepAwake;
    }

    public static boolean keepAwake(SettingsRepository settings) {
        return settings.get(KEEP_AWAKE_KEY).map(Boolean::parseBoolean).orElse(true);
    }

    public boolean keepAwake() {
        return keepAwake(settings);
    }

    public void saveKeepAwake(boolean on) {
        settings.put(KEEP_AWAKE_KEY, Boolean.toString(on));
        keepAwake.setEnabled(on);
    }
}
