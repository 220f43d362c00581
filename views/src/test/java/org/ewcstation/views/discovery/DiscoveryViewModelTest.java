package org.ewcstation.views.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.sshd.core.CoreModuleProperties;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.keyprovider.SimpleGeneratorHostKeyProvider;
import org.ewcstation.services.discovery.CapwapDiscovery;
import org.ewcstation.services.discovery.SshSweep;
import org.ewcstation.services.network.LocalInterfaces;
import org.ewcstation.views.fx.UiExecutors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The dialog's model against two real Apache MINA SSH servers on loopback: one identifying itself as Cisco
 * IOS does ({@code SSH-2.0-Cisco-1.25}), one with MINA's default string. Executors run inline.
 */
class DiscoveryViewModelTest {

    static final List<SshServer> servers = new ArrayList<>();
    static int port;

    @BeforeAll
    static void start() throws Exception {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.21"))) {
            port = s.getLocalPort();
        }
        servers.add(server("127.0.0.21", "Cisco-1.25"));
        servers.add(server("127.0.0.22", null));
    }

    static SshServer server(String host, String ident) throws Exception {
        SshServer s = SshServer.setUpDefaultServer();
        SimpleGeneratorHostKeyProvider keys = new SimpleGeneratorHostKeyProvider(Path.of("target", "test-disc-key"));
        keys.setAlgorithm("EC");
        s.setKeyPairProvider(keys);
        if (ident != null) {
            CoreModuleProperties.SERVER_IDENTIFICATION.set(s, ident);
        }
        s.setHost(host);
        s.setPort(port);
        s.setPasswordAuthenticator((u, p, x) -> false);
        s.start();
        return s;
    }

    @AfterAll
    static void stop() throws Exception {
        for (SshServer s : servers) {
            s.stop(true);
        }
    }

    static DiscoveryViewModel model() {
        return new DiscoveryViewModel(
                UiExecutors.sameThread(),
                new SshSweep(SshSweep.Settings.DEFAULTS, null, null),
                new CapwapDiscovery(Duration.ofMillis(200)),
                new LocalInterfaces());
    }

    @Test
    void aSweepFillsTheTableAndEndsWithACount() {
        DiscoveryViewModel vm = model();
        vm.rangeProperty().set("127.0.0.16/28");
        vm.portsProperty().set(String.valueOf(port));
        vm.capwapProperty().set(false);
        vm.start();
        assertThat(vm.runningProperty().get()).isFalse();
        assertThat(vm.progressProperty().get()).isEqualTo(1.0);
        assertThat(vm.rows()).extracting(DiscoveryRow::address).containsExactly("127.0.0.21", "127.0.0.22");
        assertThat(vm.rows().get(0).kind().key()).isEqualTo("discovery.kind.cisco");
        assertThat(vm.rows().get(1).kind().key()).isEqualTo("discovery.kind.other");
        assertThat(vm.statusProperty().get().key()).isEqualTo("discovery.status.done");
        assertThat(vm.statusProperty().get().args()).containsExactly(2);

        assertThat(vm.entryFor(vm.rows().get(0))).isEmpty(); // no user yet
        vm.userProperty().set("admin");
        vm.passwordProperty().set("pw");
        assertThat(vm.entryFor(vm.rows().get(0))).hasValueSatisfying(e -> {
            assertThat(e.address()).isEqualTo("127.0.0.21");
            assertThat(e.port()).isEqualTo(port);
            assertThat(e.user()).isEqualTo("admin");
            assertThat(e.toString()).doesNotContain("pw");
        });
    }

    @Test
    void aBadFormOnlySetsTheStatus() {
        DiscoveryViewModel vm = model();
        vm.rangeProperty().set("10.0.0.0/8");
        vm.start();
        assertThat(vm.runningProperty().get()).isFalse();
        assertThat(vm.statusProperty().get().key()).isEqualTo("discovery.cidr.tooLarge");
        vm.rangeProperty().set("127.0.0.21/32");
        vm.portsProperty().set("22,99999");
        vm.start();
        assertThat(vm.statusProperty().get().key()).isEqualTo("discovery.port.invalid");
        assertThat(vm.rows()).isEmpty();
    }
}
