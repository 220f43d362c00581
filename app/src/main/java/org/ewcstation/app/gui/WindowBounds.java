package org.ewcstation.app.gui;

import org.ewcstation.services.store.SettingsRepository;

/** The main window's remembered size, clamped to something sensible. */
record WindowBounds(double width, double height) {

    static final String KEY = "ui.window.size";
    static final WindowBounds DEFAULT = new WindowBounds(1280, 800);

    static WindowBounds load(SettingsRepository settings) {
        return settings.get(KEY).map(WindowBounds::parse).orElse(DEFAULT);
    }

    static void save(SettingsRepository settings, double width, double height) {
        if (width > 0 && height > 0) {
            settings.put(KEY, (int) width + "x" + (int) height);
        }
    }

    private static WindowBounds parse(String s) {
        String[] p = s.split("x");
        try {
            double w = Math.clamp(Double.parseDouble(p[0]), 640, 7680);
            double h = Math.clamp(Double.parseDouble(p[1]), 480, 4320);
            return new WindowBounds(w, h);
        } catch (RuntimeException e) {
            return DEFAULT;
        }
    }
}
