package org.ewcstation.services.ewc.dialect;

import java.util.ArrayList;
import java.util.List;

/**
 * One way a controller performs an action: the exact exec lines, in order, and the questions each may ask.
 *
 * @param reloadsController the last line reloads the controller: the session dropping afterwards is expected
 * @param perAp the form can name single APs (so the ready APs could be activated without the others)
 */
public record ActionForm(
        UpgradeAction action, List<String> lines, List<Question> questions, boolean reloadsController, boolean perAp) {

    public ActionForm {
        lines = List.copyOf(lines);
        questions = List.copyOf(questions);
    }

    public static ActionForm of(UpgradeAction action, String... lines) {
        return new ActionForm(action, List.of(lines), List.of(), false, false);
    }

    public ActionForm asking(Question... q) {
        return new ActionForm(action, lines, List.of(q), reloadsController, perAp);
    }

    public ActionForm reloading() {
        return new ActionForm(action, lines, questions, true, perAp);
    }

    /**
     * Before a reload IOS asks whether to save a modified configuration; the technician's setting answers it (a
     * "no" would lose the pushed profile and the syslog host at the reload), and the answer is shown with the lines.
     */
    public ActionForm answeringSave(boolean save) {
        if (!reloadsController) {
            return this;
        }
        List<Question> q = new ArrayList<>(questions);
        q.addFirst(new Question(
                "Save\\?.*\\[yes/no\\]",
                save ? "yes" : "no",
                "System configuration has been modified. Save? [yes/no]"));
        return new ActionForm(action, lines, q, true, perAp);
    }

    /**
     * IOS-XE's install engine asks before it runs with unsaved changes ("... Press Quit(q) to exit, you may save
     * configuration and re-enter the command. [y/n/q]"): {@code y} saves them and goes on, {@code q} stops. Yes only
     * when the technician's setting saves the configuration (the push already did); otherwise the action stops with
     * advice, and nothing is saved behind the technician's back. Shown with the lines like every answer.
     */
    public ActionForm answeringUnsaved(boolean save) {
        if (lines.stream().noneMatch(l -> l.startsWith("install "))) {
            return this;
        }
        List<Question> q = new ArrayList<>(questions);
        q.addFirst(new Question(
                "\\[y/n/q\\]",
                save ? "y" : "q",
                "System configuration has been modified. ... re-enter the command. [y/n/q]"));
        return new ActionForm(action, lines, q, reloadsController, perAp);
    }
}
