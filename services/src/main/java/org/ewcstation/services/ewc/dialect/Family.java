package org.ewcstation.services.ewc.dialect;

import java.util.List;
import java.util.Map;

/**
 * One family of upgrade commands, with every action's candidate forms in the order they are tried. A family is
 * chosen as a whole (its start form decides): activating with another family's commands than the one that
 * started the download could activate something else than what was downloaded.
 *
 * <p>Neither family is confirmed on an EWC by a public source; both are probed with {@code ?} before use.
 */
public record Family(String name, Map<UpgradeAction, ActionForm> forms) {

    public Family {
        forms = Map.copyOf(forms);
    }

    private static final Question RELOAD_CONFIRM = Question.confirm("reload", "Proceed with reload? [confirm]");
    private static final Question PROCEED = new Question(
            "(proceed|continue).*(\\[y/n\\]|\\(y/n\\)|\\[yes/no\\])", "y", "Do you want to proceed? [y/n]");

    /**
     * The EWC's own install flow (Cisco's EWC guide, as often quoted): download what the image-download profile
     * names, activate (the controller and its APs reload onto it), then commit.
     */
    public static final Family INSTALL = new Family(
            "install",
            Map.of(
                    UpgradeAction.START, ActionForm.of(UpgradeAction.START, "install add profile default"),
                    UpgradeAction.ABORT,
                            ActionForm.of(UpgradeAction.ABORT, "install abort").asking(PROCEED),
                    UpgradeAction.ACTIVATE_CONTROLLER,
                            ActionForm.of(UpgradeAction.ACTIVATE_CONTROLLER, "install activate")
                                    .asking(PROCEED, RELOAD_CONFIRM)
                                    .reloading(),
                    UpgradeAction.COMMIT, ActionForm.of(UpgradeAction.COMMIT, "install commit")));

    /**
     * The Catalyst 9800 exec forms: pre-download, swap the APs onto it and reset them, then reload the controller
     * (on an EWC the APs' swap alone leaves the controller on the old release).
     */
    public static final Family AP_IMAGE = new Family(
            "ap-image",
            Map.of(
                    UpgradeAction.START, ActionForm.of(UpgradeAction.START, "ap image predownload"),
                    UpgradeAction.ABORT, ActionForm.of(UpgradeAction.ABORT, "ap image predownload abort"),
                    UpgradeAction.ACTIVATE_APS,
                            ActionForm.of(UpgradeAction.ACTIVATE_APS, "ap image swap", "ap image reset")
                                    .asking(Question.confirm("", "[confirm]")),
                    UpgradeAction.ACTIVATE_CONTROLLER,
                            ActionForm.of(UpgradeAction.ACTIVATE_CONTROLLER, "reload")
                                    .asking(RELOAD_CONFIRM)
                                    .reloading()));

    /** Tried in this order: the EWC's own flow first. */
    public static final List<Family> ALL = List.of(INSTALL, AP_IMAGE);
}
