package org.ewcstation.views.ewc;

import org.ewcstation.services.ewc.link.ControllerLink;
import org.ewcstation.services.ewc.model.VersionInfo;
import org.ewcstation.services.ewc.poll.PollListener;
import org.ewcstation.services.ewc.session.HostKeyChange;

/** How the cockpit reaches controllers; the composition root binds it to the real connector. */
public interface ControllerLinks {

    /** A link for what the technician typed (not yet connected). */
    ControllerLink create(ControllerEntry entry);

    /**
     * The technician accepted the offered host key: a changed one, or an unknown one on first contact. The
     * links {@link #create} returns refuse an unknown key until this is called.
     */
    void acceptHostKey(HostKeyChange change);

    /** Adds what else should see this controller's polls (the inventory) around the UI's listener. */
    default PollListener around(ControllerLink link, VersionInfo version, PollListener ui) {
        return ui;
    }
}
