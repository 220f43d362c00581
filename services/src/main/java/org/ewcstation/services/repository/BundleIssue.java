package org.ewcstation.services.repository;

import java.util.Locale;
import org.ewcstation.i18n.Msg;

/** Something wrong or unusual about a bundle folder, as a code; {@code file} names the file concerned, or "". */
public record BundleIssue(Code code, String file) {

    /** Issue codes; {@link #blocking} ones make the bundle unusable for an upgrade. */
    public enum Code {
        NOT_A_BUNDLE(true),
        MISSING_VERSION_INFO(true),
        UNREADABLE_VERSION(true),
        MISSING_CONTROLLER_VERSION_INFO(false),
        MISSING_CONTROLLER_IMAGE(false),
        MISSING_AP_IMAGE(false),
        EMPTY_FILE(true),
        UNKNOWN_FILE(false),
        UNKNOWN_AP_IMAGE_TYPE(false),
        CONTROLLER_VERSION_DIFFERS(false);

        private final boolean blocking;

        Code(boolean blocking) {
            this.blocking = blocking;
        }

        public boolean blocking() {
            return blocking;
        }

        /** {@code MISSING_AP_IMAGE} → {@code repository.issue.missingApImage}. */
        public String key() {
            String[] words = name().toLowerCase(Locale.ROOT).split("_");
            StringBuilder sb = new StringBuilder(words[0]);
            for (int i = 1; i < words.length; i++) {
                sb.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
            }
            return "repository.issue." + sb;
        }
    }

    public Msg msg() {
        return Msg.of(code.key(), file);
    }

    public boolean blocking() {
        return code.blocking();
    }
}
