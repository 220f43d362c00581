package org.ewcstation.services.ewc.ops;

/** Exec commands with side effects on the APs or the controller. */
public enum ApImageAction {
    /** Download the new image to every AP without activating it. */
    START_PREDOWNLOAD("ap image predownload"),
    ABORT_PREDOWNLOAD("ap image predownload abort"),
    /** Make the pre-downloaded image the primary one. */
    SWAP("ap image swap"),
    /** Reload the APs onto their primary image. */
    RESET("ap image reset"),
    /** Reload the controller itself (asks [confirm]). */
    RELOAD_CONTROLLER("reload");

    private final String command;

    ApImageAction(String command) {
        this.command = command;
    }

    public String command() {
        return command;
    }
}
