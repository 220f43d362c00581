package org.ewcstation.app.gui;

import java.time.Clock;
import org.ewcstation.app.AppContext;
import org.ewcstation.services.ewc.link.ControllerLink;
import org.ewcstation.services.ewc.model.VersionInfo;
import org.ewcstation.services.ewc.poll.PollListener;
import org.ewcstation.services.ewc.poll.PollSettings;
import org.ewcstation.services.ewc.session.EwcConnector;
import org.ewcstation.services.ewc.session.EwcCredentials;
import org.ewcstation.services.ewc.session.EwcEndpoint;
import org.ewcstation.services.ewc.session.HostKeyChange;
import org.ewcstation.services.ewc.session.TranscriptListener;
import org.ewcstation.services.inventory.Inventory;
import org.ewcstation.services.inventory.InventoryRecorder;
import org.ewcstation.services.store.KnownHostKeys;
import org.ewcstation.views.ewc.ControllerEntry;
import org.ewcstation.views.ewc.ControllerLinks;

/**
 * Binds the cockpit's controller links to the real SSH connector and the stored host keys. The window's
 * links ask before trusting an unknown controller's key; the command line and discovery keep trusting on
 * first use.
 */
final class AppControllerLinks implements ControllerLinks {

    private final AppContext context;
    private final TranscriptListener transcript;
    private final EwcConnector connector;

    AppControllerLinks(AppContext context, TranscriptListener transcript) {
        this.context = context;
        this.transcript = transcript;
        this.connector = context.ewcConnector().askingOnFirstContact();
    }

    @Override
    public ControllerLink create(ControllerEntry e) {
        String enable = e.enableSecret().length == 0 ? null : new String(e.enableSecret());
        return new ControllerLink(
                connector,
                new EwcEndpoint(e.address(), e.port()),
                new EwcCredentials(e.user(), new String(e.password()), enable),
                transcript,
                PollSettings.DEFAULTS,
                Clock.systemUTC());
    }

    /** Every poll also updates the inventory (controllers, APs, image history) in the store. */
    @Override
    public PollListener around(ControllerLink link, VersionInfo version, PollListener ui) {
        InventoryRecorder recorder = new InventoryRecorder(new Inventory(context.store()), link.endpoint());
        recorder.identified(
                version, fingerprint(link.endpoint().host(), link.endpoint().port()));
        return recorder.alongside(ui);
    }

    @Override
    public void acceptHostKey(HostKeyChange change) {
        context.hostKeyTrust().accept(change);
    }

    private String fingerprint(String host, int port) {
        return context.hostKeyTrust()
                .known(new EwcEndpoint(host, port))
                .map(KnownHostKeys.Entry::fingerprint)
                .orElse("");
    }
}
