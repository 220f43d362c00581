package org.ewcstation.services.discovery;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import org.ewcstation.i18n.Msg;
import org.ewcstation.servers.net.IpText;
import org.ewcstation.services.ewc.model.VersionInfo;
import org.ewcstation.services.ewc.parse.ShowVersionParser;
import org.ewcstation.services.ewc.session.EwcConnector;
import org.ewcstation.services.ewc.session.EwcCredentials;
import org.ewcstation.services.ewc.session.EwcEndpoint;
import org.ewcstation.services.ewc.session.EwcException;
import org.ewcstation.services.ewc.session.EwcSession;
import org.ewcstation.services.ewc.session.HostKeyTrust;
import org.ewcstation.services.ewc.session.TranscriptListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sweeps address:port pairs for SSH servers, keeps every one that answers with an identification string,
 * and (with credentials) logs in to the Cisco ones to read {@code show version}. Probes run on virtual
 * threads; a semaphore bounds how many sockets are open at once. Blocking: call it off the UI thread;
 * interrupting the caller stops the sweep.
 */
public final class SshSweep {

    private static final Logger LOG = LoggerFactory.getLogger(SshSweep.class);

    /** Sweep knobs: open sockets at once, connect and banner timeouts, logins at once. */
    public record Settings(int concurrency, Duration connectTimeout, Duration readTimeout, int loginConcurrency) {
        public static final Settings DEFAULTS = new Settings(128, Duration.ofMillis(400), Duration.ofMillis(1500), 4);
    }

    private final Settings settings;
    private final EwcConnector connector;
    private final HostKeyTrust trust;

    /** {@code connector} and {@code trust} may be null when the sweep never logs in. */
    public SshSweep(Settings settings, EwcConnector connector, HostKeyTrust trust) {
        this.settings = settings;
        this.connector = connector;
        this.trust = trust;
    }

    /** Every SSH server in {@code range} on {@code ports}, sorted by address and port. */
    public List<SshHost> sweep(Cidr range, List<Integer> ports, EwcCredentials credentials, SweepListener listener)
            throws InterruptedException {
        List<InetSocketAddress> targets = new ArrayList<>();
        for (InetAddress a : range.hosts()) {
            ports.forEach(p -> targets.add(new InetSocketAddress(a, p)));
        }
        SshBanner banner = new SshBanner(settings.connectTimeout(), settings.readTimeout());
        Semaphore sockets = new Semaphore(settings.concurrency());
        Semaphore logins = new Semaphore(settings.loginConcurrency());
        AtomicInteger done = new AtomicInteger();
        List<Future<SshHost>> futures = new ArrayList<>();
        long start = System.nanoTime();
        try (ExecutorService pool = Executors.newThreadPerTaskExecutor(
                Thread.ofVirtual().name("ewc-ssh-sweep-", 0).factory())) {
            for (InetSocketAddress t : targets) {
                futures.add(pool.submit(() -> {
                    SshHost found = null;
                    sockets.acquire();
                    try {
                        found = banner.read(t)
                                .map(b -> new SshHost(IpText.of(t.getAddress()), t.getPort(), b, null, null, null))
                                .orElse(null);
                    } finally {
                        sockets.release();
                    }
                    if (found != null && found.cisco() && credentials != null && connector != null) {
                        logins.acquire();
                        try {
                            found = identify(found, credentials);
                        } finally {
                            logins.release();
                        }
                    }
                    listener.progress(done.incrementAndGet(), targets.size());
                    if (found != null) {
                        listener.found(found);
                    }
                    return found;
                }));
            }
            List<SshHost> out = new ArrayList<>();
            for (Future<SshHost> f : futures) {
                try {
                    SshHost h = f.get();
                    if (h != null) {
                        out.add(h);
                    }
                } catch (ExecutionException e) {
                    LOG.debug("Probe failed: {}", e.getCause().toString());
                } catch (InterruptedException e) {
                    pool.shutdownNow();
                    throw e;
                }
            }
            out.sort(Comparator.comparing((SshHost h) -> key(h.address())).thenComparingInt(SshHost::port));
            LOG.info(
                    "SSH sweep of {} ({} probes) found {} servers in {} ms",
                    range,
                    targets.size(),
                    out.size(),
                    (System.nanoTime() - start) / 1_000_000);
            return out;
        }
    }

    private SshHost identify(SshHost h, EwcCredentials credentials) {
        EwcEndpoint e = new EwcEndpoint(h.address(), h.port());
        try (EwcSession s = connector.connect(e, credentials, TranscriptListener.NONE)) {
            VersionInfo v =
                    new ShowVersionParser().parse(s.exec("show version")).value();
            return h.withLogin(v, fingerprint(e), null);
        } catch (EwcException ex) {
            return h.withLogin(null, fingerprint(e), ex.msg());
        } catch (RuntimeException ex) {
            return h.withLogin(null, fingerprint(e), Msg.of("discovery.ssh.loginFailed", ex.toString()));
        }
    }

    private String fingerprint(EwcEndpoint e) {
        return trust == null ? null : trust.known(e).map(k -> k.fingerprint()).orElse(null);
    }

    private static long key(String address) {
        long k = 0;
        for (String part : address.split("\\.")) {
            k = k * 256 + Long.parseLong(part);
        }
        return k;
    }
}
