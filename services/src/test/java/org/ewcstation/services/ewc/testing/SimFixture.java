package org.ewcstation.services.ewc.testing;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.ewcstation.services.ewc.session.EwcConnector;
import org.ewcstation.services.ewc.session.EwcCredentials;
import org.ewcstation.services.ewc.session.EwcEndpoint;
import org.ewcstation.services.ewc.session.EwcException;
import org.ewcstation.services.ewc.session.EwcSession;
import org.ewcstation.services.ewc.session.HostKeyTrust;
import org.ewcstation.services.ewc.session.SessionSettings;
import org.ewcstation.services.ewc.session.TranscriptListener;
import org.ewcstation.services.store.KnownHostKeys;
import org.ewcstation.services.store.Store;
import org.ewcstation.simulator.SimulatedEwc;
import org.ewcstation.simulator.SimulatorBuilder;

/**
 * A real SQLite store for host keys, a connector on it, and the simulator's default login. Timeouts are
 * scaled by the system property {@code ewcstation.timeoutScale} (default 1).
 */
public final class SimFixture implements AutoCloseable {

    public static final String USER = "admin";
    public static final String PASSWORD = "Cisco123!";

    public final Store store;
    public final HostKeyTrust trust;
    public final EwcConnector connector;
    public final List<String> transcript = new CopyOnWriteArrayList<>();

    public SimFixture(Path dir) {
        store = Store.open(dir);
        trust = new HostKeyTrust(new KnownHostKeys(store));
        double scale = Double.parseDouble(System.getProperty("ewcstation.timeoutScale", "1"));
        connector = new EwcConnector(trust, SessionSettings.DEFAULTS.scaled(scale));
    }

    /**
     * A simulator builder on loopback without the CAPWAP responder, reusing one host key for the whole run
     * (generating an RSA key costs a second or two per start).
     */
    public static SimulatorBuilder sim() {
        return SimulatedEwc.builder().capwapPort(-1).hostKey(Path.of("target", "test-sim-host-key"));
    }

    public static EwcEndpoint endpoint(SimulatedEwc ewc) {
        return new EwcEndpoint(ewc.host(), ewc.sshPort());
    }

    public TranscriptListener recorder() {
        return new TranscriptListener() {
            @Override
            public void sent(EwcEndpoint e, String text) {
                transcript.add(">" + text);
            }

            @Override
            public void received(EwcEndpoint e, String text) {
                transcript.add(text);
            }
        };
    }

    public EwcSession login(SimulatedEwc ewc) throws EwcException {
        return connector.connect(endpoint(ewc), new EwcCredentials(USER, PASSWORD, PASSWORD), recorder());
    }

    public String transcriptText() {
        return String.join("\n", transcript);
    }

    @Override
    public void close() {
        store.close();
    }
}
