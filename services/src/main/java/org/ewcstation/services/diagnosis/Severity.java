package org.ewcstation.services.diagnosis;

import java.util.Locale;

/** How bad a diagnosis is; the UI picks an icon and whether to raise a notification from it. */
public enum Severity {
    INFO,
    WARNING,
    ERROR;

    public String key() {
        return "diagnosis.severity." + name().toLowerCase(Locale.ROOT);
    }
}
