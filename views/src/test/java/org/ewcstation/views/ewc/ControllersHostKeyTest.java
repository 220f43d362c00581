package org.ewcstation.views.ewc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import org.ewcstation.services.controllers.ControllerBook;
import org.ewcstation.services.ewc.link.ControllerLink;
import org.ewcstation.services.ewc.poll.PollSettings;
import org.ewcstation.services.ewc.session.EwcConnector;
import org.ewcstation.services.ewc.session.EwcCredentials;
import org.ewcstation.services.ewc.session.EwcEndpoint;
import org.ewcstation.services.ewc.session.HostKeyChange;
import org.ewcstation.services.ewc.session.HostKeyTrust;
import org.ewcstation.services.ewc.session.SessionSettings;
import org.ewcstation.services.ewc.session.TranscriptListener;
import org.ewcstation.services.secrets.FileSecretStore;
import org.ewcstation.services.store.KnownHostKeys;
import org.ewcstation.services.store.Store;
import org.ewcstation.simulator.SimulatedEwc;
import org.ewcstation.views.fx.RecordingDialogs;
import org.ewcstation.views.fx.UiExecutors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * First contact with a controller whose host key is unknown: the technician is asked with the fingerprint,
 * and only a yes stores the key. Real SSH against the simulator, a real SQLite store, and a connector that
 * asks, as the window's. Background work runs inline; what would go to the FX thread is queued and run by
 * the test, so the list is only ever touched from here.
 */
class ControllersHostKeyTest {

    @TempDir
    Path dir;

    Store store;
    HostKeyTrust trust;
    SimulatedEwc ewc;
    final RecordingDialogs dialogs = new RecordingDialogs();
    final Queue<Runnable> fx = new ConcurrentLinkedQueue<>();
    final List<String> events = new CopyOnWriteArrayList<>();
    final List<String> sent = new CopyOnWriteArrayList<>();
    ControllersViewModel vm;

    @BeforeEach
    void start() {
        store = Store.open(dir.resolve("store"));
        trust = new HostKeyTrust(new KnownHostKeys(store));
        ewc = SimulatedEwc.builder()
                .capwapPort(-1)
                .hostKey(Path.of("target", "test-sim-host-key"))
                .start();
        vm = model();
    }

    @AfterEach
    void stop() {
        vm.close();
        ewc.close();
        store.close();
    }

    ControllersViewModel model() {
        EwcConnector connector = new EwcConnector(trust, SessionSettings.DEFAULTS).askingOnFirstContact();
        TranscriptListener transcript = new TranscriptListener() {
            @Override
            public void sent(EwcEndpoint e, String text) {
                sent.add(text);
            }

            @Override
            public void event(EwcEndpoint e, String code) {
                events.add(code);
            }
        };
        ControllerLinks links = new ControllerLinks() {
            @Override
            public ControllerLink create(ControllerEntry e) {
                return new ControllerLink(
                        connector,
                        new EwcEndpoint(e.address(), e.port()),
                        new EwcCredentials(
                                e.user(),
                                new String(e.password()),
                                e.enableSecret().length == 0 ? null : new String(e.enableSecret())),
                        transcript,
                        PollSettings.DEFAULTS,
                        Clock.systemUTC());
            }

            @Override
            public void acceptHostKey(HostKeyChange change) {
                trust.accept(change);
            }
        };
        return new ControllersViewModel(
                new UiExecutors(Runnable::run, fx::add),
                dialogs,
                links,
                new ControllerBook(store, new FileSecretStore(dir), new KnownHostKeys(store)),
                new ControllersViewModel.ControllerEvents() {});
    }

    ControllerEntry entry() {
        return new ControllerEntry(
                ewc.host(),
                ewc.sshPort(),
                ewc.settings().user(),
                ewc.settings().password().toCharArray(),
                ewc.settings().enableSecret().toCharArray());
    }

    EwcEndpoint endpoint() {
        return new EwcEndpoint(ewc.host(), ewc.sshPort());
    }

    void runFx() {
        for (Runnable r = fx.poll(); r != null; r = fx.poll()) {
            r.run();
        }
    }

    ControllerItem item() {
        return vm.controllers().getFirst();
    }

    @Test
    void noStoresNothingAndLeavesTheControllerFailedWithoutLoggingIn() {
        vm.connect(entry());
        runFx();

        assertThat(dialogs.asked).hasSize(1);
        assertThat(dialogs.asked.getFirst().key()).isEqualTo("controllers.hostKey.unknown");
        assertThat(dialogs.asked.getFirst().args().get(0)).isEqualTo(ewc.host());
        String fingerprint = (String) dialogs.asked.getFirst().args().get(1);
        assertThat(fingerprint).startsWith("SHA256:");
        assertThat(trust.known(endpoint())).isEmpty();
        assertThat(item().state()).isEqualTo(ControllerItem.State.FAILED);
        assertThat(item().problem().key()).isEqualTo("controllers.hostKey.declined");
        assertThat(item().problem().args()).containsExactly(ewc.host(), fingerprint);
        assertThat(item().hostname()).isNull();
        // refused at the key exchange: the password never went out and no shell was opened
        assertThat(events).contains("connecting").doesNotContain("authenticated");
        assertThat(sent).isEmpty();
        assertThat(vm.selectedLink()).isEmpty();
    }

    @Test
    void yesStoresTheKeyAndIdentifiesTheControllerAndTheNextConnectDoesNotAsk() {
        dialogs.answer = true;
        vm.connect(entry());
        runFx();

        assertThat(dialogs.asked).hasSize(1);
        String fingerprint = (String) dialogs.asked.getFirst().args().get(1);
        assertThat(trust.known(endpoint()).orElseThrow().fingerprint()).isEqualTo(fingerprint);
        assertThat(item().state()).isEqualTo(ControllerItem.State.CONNECTED);
        assertThat(item().hostname()).isEqualTo("WLC-EWC");
        assertThat(item().version()).isNotBlank();
        assertThat(events).contains("authenticated");

        // the same controller again, in this window and in a new one: the stored key is trusted silently
        vm.connect(entry());
        runFx();
        vm.close();
        vm = model();
        vm.connect(entry());
        runFx();
        assertThat(dialogs.asked).hasSize(1);
        assertThat(item().state()).isEqualTo(ControllerItem.State.CONNECTED);
        assertThat(item().hostname()).isEqualTo("WLC-EWC");
        assertThat(dialogs.notified).isEmpty();
    }
}
