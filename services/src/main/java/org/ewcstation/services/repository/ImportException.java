package org.ewcstation.services.repository;

import java.util.Arrays;
import org.ewcstation.i18n.Msg;

/** An import refused or failed, as a code with arguments; nothing of it is left in the repository. */
public final class ImportException extends Exception {

    /** Why. Keys: {@code repository.import.error.<camelCase>}. */
    public enum Reason {
        SOURCE_MISSING("sourceMissing"),
        SOURCE_CONTAINS_REPOSITORY("sourceContainsRepository"),
        UNSUPPORTED_FORMAT("unsupportedFormat"),
        HOSTILE_ENTRY("hostileEntry"),
        LINK_ENTRY("linkEntry"),
        UNREADABLE_ENTRY("unreadableEntry"),
        NOT_A_BUNDLE("notABundle"),
        NO_VERSION("noVersion"),
        ALREADY_EXISTS("alreadyExists"),
        BAD_FOLDER_NAME("badFolderName"),
        NO_SPACE("noSpace"),
        EXPANDS_TOO_MUCH("expandsTooMuch"),
        DECLARED_TOO_LARGE("declaredTooLarge"),
        SIZE_MISMATCH("sizeMismatch"),
        EXPANSION_RATIO("expansionRatio"),
        TOTAL_TOO_LARGE("totalTooLarge"),
        SPECIAL_ENTRY("specialEntry"),
        DEVICE_NAME("deviceName"),
        TOO_MANY_ENTRIES("tooManyEntries"),
        IO_ERROR("ioError");

        private final String key;

        Reason(String key) {
            this.key = "repository.import.error." + key;
        }

        public String key() {
            return key;
        }
    }

    private final Reason reason;
    private final Msg msg;

    public ImportException(Reason reason, Throwable cause, Object... args) {
        super(reason.key() + " " + Arrays.toString(args), cause);
        this.reason = reason;
        this.msg = Msg.of(reason.key(), args);
    }

    public ImportException(Reason reason, Object... args) {
        this(reason, null, args);
    }

    public Reason reason() {
        return reason;
    }

    public Msg msg() {
        return msg;
    }
}
