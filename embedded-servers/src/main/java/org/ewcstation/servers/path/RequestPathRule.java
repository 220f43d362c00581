package org.ewcstation.servers.path;

import org.ewcstation.servers.event.TransferEvent.RefusalReason;

/**
 * Why a requested path was refused: the code that goes into the refusal event's detail. Each rule holds on
 * every operating system, so a name that would mean something else on Windows is refused on Linux too and a
 * repository moved between laptops behaves the same.
 */
public enum RequestPathRule {
    /** Longer than any image path a controller sends. */
    TOO_LONG(RefusalReason.BAD_REQUEST),
    /** A control character (NUL, newline, escape…). */
    CONTROL_CHARACTER(RefusalReason.BAD_REQUEST),
    /** Percent-encoding that decodes to a dot, a slash or a backslash. */
    ENCODED_TRAVERSAL(RefusalReason.OUTSIDE_ROOT),
    /** A {@code ..} element where parents are not allowed (TFTP). */
    PARENT(RefusalReason.OUTSIDE_ROOT),
    /** An element of dots and spaces only ({@code ...}, {@code . .}): Windows reads some of them as {@code ..}. */
    DOTS_ONLY(RefusalReason.OUTSIDE_ROOT),
    /** {@code C:}, {@code c:/…}: a drive on Windows. */
    DRIVE_LETTER(RefusalReason.OUTSIDE_ROOT),
    /** {@code \\host\share}, {@code \\?\…}, {@code \\.\…}: another machine or the device namespace on Windows. */
    UNC_PATH(RefusalReason.OUTSIDE_ROOT),
    /** {@code name::$DATA}, {@code name:stream}: an NTFS alternate data stream. */
    ALTERNATE_STREAM(RefusalReason.OUTSIDE_ROOT),
    /** {@code CON}, {@code NUL}, {@code COM1}, {@code LPT1}, also {@code nul.txt}: a device on Windows. */
    RESERVED_DEVICE_NAME(RefusalReason.HOSTILE_NAME),
    /** {@code ap1g7.} or {@code ap1g7 }: Windows drops the trailing dots and spaces, so it names another file. */
    TRAILING_DOT_OR_SPACE(RefusalReason.HOSTILE_NAME),
    /** {@code PROGRA~1}: an 8.3 short name, an alias of a longer name on Windows. */
    SHORT_NAME(RefusalReason.HOSTILE_NAME),
    /** {@code < > " | ? *}: wildcards and redirections that no Windows file name may hold. */
    ILLEGAL_CHARACTER(RefusalReason.HOSTILE_NAME),
    /** Full-width or look-alike slashes, dots and colons that Windows' best-fit conversion turns into real ones. */
    CONFUSABLE_CHARACTER(RefusalReason.HOSTILE_NAME);

    private final RefusalReason reason;

    RequestPathRule(RefusalReason reason) {
        this.reason = reason;
    }

    /** The coarse reason of the refusal event. */
    public RefusalReason reason() {
        return reason;
    }
}
