package org.ewcstation.services.ewc.model;

/**
 * One row of {@code show install summary}: {@code IMG   C    17.09.03.0.4111}.
 *
 * @param type the package type as printed ({@code IMG}, {@code SMU}, {@code APSP}, {@code APDP}, ...)
 * @param state its install state
 * @param version the {@code Filename/Version} cell (a version, or a file such as {@code bootflash:x.bin})
 */
public record InstalledPackage(String type, InstallState state, String version) {

    /** The install states of the summary's legend; a letter it does not list is {@link #OTHER}. */
    public enum InstallState {
        /** {@code I}: added, not activated. */
        INACTIVE,
        /** {@code U}: activated and uncommitted (the auto-abort timer may run; a reload rolls it back). */
        UNCOMMITTED,
        /** {@code C}: activated and committed. */
        COMMITTED,
        /** {@code D}: deactivated and uncommitted. */
        DEACTIVATED,
        /** A letter the legend does not list. */
        OTHER;

        public static InstallState ofLetter(String letter) {
            return switch (letter) {
                case "I" -> INACTIVE;
                case "U" -> UNCOMMITTED;
                case "C" -> COMMITTED;
                case "D" -> DEACTIVATED;
                default -> OTHER;
            };
        }
    }
}
