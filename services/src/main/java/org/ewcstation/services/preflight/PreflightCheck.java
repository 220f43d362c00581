package org.ewcstation.services.preflight;

import java.util.Locale;

/** The checks, in the order shown. Keys: {@code preflight.<check>.title}, {@code preflight.<check>.<situation>[.fix]}. */
public enum PreflightCheck {
    SERVER_RUNNING,
    SERVER_ADDRESS,
    SERVER_PORT,
    CONTROLLER_PING,
    PROFILE_PATH,
    IMAGE_TYPES,
    AP_VERSIONS,
    CONTROLLER_IMAGE,
    SFTP_LOGIN,
    PASSWORD_TRANSPORT,
    DISK_SPACE;

    public String titleKey() {
        return key("title");
    }

    String key(String situation) {
        String[] words = name().toLowerCase(Locale.ROOT).split("_");
        StringBuilder sb = new StringBuilder("preflight.").append(words[0]);
        for (int i = 1; i < words.length; i++) {
            sb.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
        }
        return sb.append('.').append(situation).toString();
    }
}
