package org.ewcstation.services.ewc.model;

import java.util.Locale;

/** How the controller fetches AP images. The keyword is what {@code image-download-mode} takes. */
public enum DownloadMode {
    TFTP,
    SFTP,
    CCO;

    public String keyword() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static DownloadMode fromKeyword(String s) {
        for (DownloadMode m : values()) {
            if (m.keyword().equalsIgnoreCase(s.strip())) {
                return m;
            }
        }
        return null;
    }
}
