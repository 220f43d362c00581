package org.ewcstation.services.upgrade;

import java.util.List;
import org.ewcstation.i18n.Msg;
import org.ewcstation.services.ewc.dialect.ActionForm;
import org.ewcstation.services.ewc.dialect.Question;

/**
 * What the technician is asked before anything that changes the network: the controller, the exact lines in the
 * order they will be sent, the questions the controller may ask with the answers that will be given, and the APs
 * affected. The safe answer is no.
 */
public record Confirmation(String controller, Msg summary, List<ActionForm> forms, List<String> aps) {

    public Confirmation {
        forms = List.copyOf(forms);
        aps = List.copyOf(aps);
    }

    public List<String> lines() {
        return forms.stream().flatMap(f -> f.lines().stream()).toList();
    }

    /** "question → answer" for every question an action may ask ({@code ""} is Enter). */
    public List<String> answers() {
        return forms.stream()
                .flatMap(f -> f.questions().stream())
                .map(Confirmation::answer)
                .distinct()
                .toList();
    }

    private static String answer(Question q) {
        return q.shown() + " → " + (q.reply().isEmpty() ? "Enter" : q.reply());
    }
}
