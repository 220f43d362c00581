package org.ewcstation.app.gui;

import java.time.Clock;
import org.ewcstation.app.AppContext;
import org.ewcstation.i18n.Msg;
import org.ewcstation.services.ewc.link.ControllerLink;
import org.ewcstation.services.ewc.model.VersionInfo;
import org.ewcstation.services.ewc.poll.ApChanges;
import org.ewcstation.services.ewc.poll.ApSnapshot;
import org.ewcstation.services.ewc.poll.PollListener;
import org.ewcstation.services.ewc.poll.PollSettings;
import org.ewcstation.services.ewc.session.EwcConnector;
import org.ewcstation.services.ewc.session.EwcCredentials;
import org.ewcstation.services.ewc.session.EwcEndpoint;
import org.ewcstation.services.ewc.session.HostKeyChange;
import org.ewcstation.services.ewc.session.TranscriptListener;
import org.ewcstation.services.inventory.InventoryRecorder;
import org.ewcstation.services.store.KnownHostKeys;
import org.ewcstation.services.upgrade.UpgradeWorkflow;
import org.ewcstation.views.ewc.ControllerEntry;
import org.ewcstation.views.ewc.ControllerLinks;

/**
 * Binds the cockpit's controller links to the real SSH connector, the stored host keys, the inventory and the
 * controller's upgrade workflow: every poll reaches the workflow on the poller's thread (never the FX thread), so
 * its history is written there. The window's links ask before trusting an unknown controller's key; the command
 * line and discovery keep trusting on first use.
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

    /** Every poll also updates the inventory (controllers, APs, image history) and the controller's workflow. */
    @Override
    public PollListener around(ControllerLink link, VersionInfo version, PollListener ui) {
        InventoryRecorder recorder = new InventoryRecorder(context.inventory(), link.endpoint());
        recorder.identified(
                version, fingerprint(link.endpoint().host(), link.endpoint().port()));
        UpgradeWorkflow workflow = context.workflows().attach(link, link::version);
        context.background().execute(workflow::describeDialect);
        PollListener feed = new PollListener() {
            @Override
            public void snapshot(ApSnapshot s, ApChanges changes) {
                workflow.onPoll(s.aps(), s.downloadInProgress());
                ui.snapshot(s, changes);
            }

            @Override
            public void connectionLost(Msg reason, long retryInMillis) {
                workflow.onControllerAway();
                ui.connectionLost(reason, retryInMillis);
            }

            @Override
            public void connected(String controller) {
                ui.connected(controller);
            }

            @Override
            public void pollFailed(Msg reason) {
                ui.pollFailed(reason);
            }

            @Override
            public void stopped(Msg reason) {
                ui.stopped(reason);
            }
        };
        return recorder.alongside(feed);
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
