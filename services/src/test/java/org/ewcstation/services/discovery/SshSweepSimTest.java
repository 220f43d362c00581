package org.ewcstation.services.discovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.keyprovider.SimpleGeneratorHostKeyProvider;
import org.ewcstation.services.ewc.session.EwcCredentials;
import org.ewcstation.services.ewc.session.EwcError;
import org.ewcstation.services.ewc.testing.SimFixture;
import org.ewcstation.simulator.SimulatedEwc;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sweeps 127.0.0.0/24 over real TCP: three simulated EWCs (127.0.0.2-4) and one plain Apache MINA SSH server
 * that is not Cisco (127.0.0.5), all on one high port, plus a fourth EWC on a second port (127.0.0.6).
 */
class SshSweepSimTest {

    @TempDir
    static Path dir;

    static final List<SimulatedEwc> sims = new ArrayList<>();
    static SshServer plain;
    static SimFixture fx;
    static int port;
    static int port2;

    @BeforeAll
    static void start() throws Exception {
        port = freePort("127.0.0.2");
        port2 = freePort("127.0.0.6");
        for (int i = 2; i <= 4; i++) {
            sims.add(SimFixture.sim()
                    .bind("127.0.0." + i)
                    .sshPort(port)
                    .hostname("EWC-" + i)
                    .aps(2)
                    .start());
        }
        sims.add(SimFixture.sim()
                .bind("127.0.0.6")
                .sshPort(port2)
                .hostname("EWC-6")
                .aps(2)
                .start());
        plain = SshServer.setUpDefaultServer();
        SimpleGeneratorHostKeyProvider keys =
                new SimpleGeneratorHostKeyProvider(Path.of("target", "test-plain-ssh-key"));
        keys.setAlgorithm("EC");
        plain.setKeyPairProvider(keys);
        plain.setHost("127.0.0.5");
        plain.setPort(port);
        plain.setPasswordAuthenticator((u, p, s) -> true);
        plain.start();
        fx = new SimFixture(dir);
    }

    @AfterAll
    static void stop() throws Exception {
        sims.forEach(SimulatedEwc::close);
        if (plain != null) {
            plain.stop(true);
        }
        if (fx != null) {
            fx.close();
        }
    }

    static int freePort(String host) throws Exception {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getByName(host))) {
            return s.getLocalPort();
        }
    }

    @Test
    void findsExactlyTheSshServersAndConfirmsTheEwcsByLoggingIn() throws Exception {
        AtomicInteger lastDone = new AtomicInteger();
        List<SshHost> seen = new CopyOnWriteArrayList<>();
        SweepListener l = new SweepListener() {
            @Override
            public void progress(int done, int total) {
                lastDone.accumulateAndGet(done, Math::max);
                assertThat(total).isEqualTo(254 * 2);
            }

            @Override
            public void found(SshHost host) {
                seen.add(host);
            }
        };
        SshSweep sweep = new SshSweep(SshSweep.Settings.DEFAULTS, fx.connector, fx.trust);
        List<SshHost> hosts = sweep.sweep(
                Cidr.parse("127.0.0.0/24"),
                List.of(port, port2),
                new EwcCredentials(SimFixture.USER, SimFixture.PASSWORD, SimFixture.PASSWORD),
                l);

        assertThat(hosts)
                .extracting(h -> h.address() + ":" + h.port())
                .containsExactly(
                        "127.0.0.2:" + port,
                        "127.0.0.3:" + port,
                        "127.0.0.4:" + port,
                        "127.0.0.5:" + port,
                        "127.0.0.6:" + port2);
        assertThat(hosts).filteredOn(SshHost::cisco).hasSize(4).allSatisfy(h -> {
            assertThat(h.banner()).startsWith("SSH-2.0-Cisco-");
            assertThat(h.ewc()).isTrue();
            assertThat(h.version().hostname()).isEqualTo("EWC-" + h.address().substring(8));
            assertThat(h.version().version()).isNotBlank();
            assertThat(h.fingerprint()).startsWith("SHA256:");
        });
        SshHost mina = hosts.get(3);
        assertThat(mina.cisco()).isFalse();
        assertThat(mina.ewc()).isFalse();
        assertThat(mina.version()).isNull();
        assertThat(mina.banner()).startsWith("SSH-2.0-").doesNotContain("Cisco");
        assertThat(lastDone.get()).isEqualTo(254 * 2);
        assertThat(seen).containsExactlyInAnyOrderElementsOf(hosts);
    }

    @Test
    void withoutCredentialsOnlyTheBannerIsRead_andAWrongPasswordIsReportedNotThrown() throws Exception {
        SshSweep sweep = new SshSweep(SshSweep.Settings.DEFAULTS, fx.connector, fx.trust);
        List<SshHost> anon = sweep.sweep(Cidr.parse("127.0.0.2/31"), List.of(port), null, SweepListener.NONE);
        assertThat(anon).extracting(SshHost::address).containsExactly("127.0.0.2", "127.0.0.3");
        assertThat(anon).allSatisfy(h -> assertThat(h.version()).isNull());

        List<SshHost> bad = sweep.sweep(
                Cidr.parse("127.0.0.4/32"),
                List.of(port),
                new EwcCredentials(SimFixture.USER, "wrong"),
                SweepListener.NONE);
        assertThat(bad).singleElement().satisfies(h -> {
            assertThat(h.cisco()).isTrue();
            assertThat(h.ewc()).isFalse();
            assertThat(h.problem().key()).isEqualTo(EwcError.AUTH_FAILED.key());
        });
    }

    @Test
    void rangesWiderThanSlash16AreRefusedWithAClearCode() {
        assertThatThrownBy(() -> Cidr.parse("10.0.0.0/8"))
                .isInstanceOfSatisfying(
                        Cidr.InvalidCidrException.class,
                        e -> assertThat(e.msg().key()).isEqualTo("discovery.cidr.tooLarge"));
        assertThatThrownBy(() -> Cidr.parse("300.1.1.1/24")).isInstanceOf(Cidr.InvalidCidrException.class);
        assertThatThrownBy(() -> Cidr.parse("192.0.2.0/24; rm -rf")).isInstanceOf(Cidr.InvalidCidrException.class);
        assertThat(Cidr.parse("192.0.2.77/24").hosts())
                .hasSize(254)
                .first()
                .isEqualTo(new InetSocketAddress("192.0.2.1", 0).getAddress());
        assertThat(Cidr.parse("10.1.0.0/16").hosts()).hasSize(65534);
        assertThat(Cidr.parse("192.0.2.9").hosts())
                .extracting(InetAddress::getHostAddress)
                .containsExactly("192.0.2.9");
    }
}
