package org.ewcstation.services.ewc.ops;

import java.util.ArrayList;
import java.util.List;
import org.ewcstation.i18n.Msg;
import org.ewcstation.services.ewc.model.ImageDownloadProfile;
import org.ewcstation.services.ewc.session.EwcException;

/**
 * What a push did: the commands sent (secrets masked), the profile read back afterwards, the refusal that
 * stopped it (or null) and every field that differs from the request after reading back.
 */
public record PushResult(List<String> sent, ImageDownloadProfile readBack, EwcException refusal, List<Msg> mismatches) {

    public PushResult {
        sent = List.copyOf(sent);
        mismatches = List.copyOf(mismatches);
    }

    public boolean ok() {
        return refusal == null && mismatches.isEmpty();
    }

    /** The problems to show, refusal first. */
    public List<Msg> problems() {
        if (refusal == null) {
            return mismatches;
        }
        List<Msg> l = new ArrayList<>();
        l.add(refusal.msg());
        l.addAll(mismatches);
        return l;
    }
}
