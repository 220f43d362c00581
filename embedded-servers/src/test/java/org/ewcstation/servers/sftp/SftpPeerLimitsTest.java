package org.ewcstation.servers.sftp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.sftp.client.SftpClient;
import org.apache.sshd.sftp.client.SftpClientFactory;
import org.ewcstation.servers.event.TransferEvent;
import org.ewcstation.servers.event.TransferEvent.RefusalReason;
import org.ewcstation.servers.net.AddressBlock;
import org.ewcstation.servers.net.PeerFilter;
import org.ewcstation.servers.net.PeerLimits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What one peer may take of the SFTP server, over real SSH on loopback (127.0.0.x are distinct peers on Linux). */
class SftpPeerLimitsTest {

    @TempDir
    static Path hostKeys;

    @TempDir
    Path scratch;

    SftpSettings limited(PeerLimits limits) {
        Path root = scratch.resolve("repo");
        return SftpTestServer.settings(root, hostKeys)
                .withLimits(Duration.ofMillis(50), 3, 8, Duration.ofMinutes(1))
                .withPeerLimits(limits);
    }

    static long openDescriptors() throws IOException {
        try (var s = Files.list(Path.of("/proc/self/fd"))) {
            return s.count();
        }
    }

    @Test
    void twentyThousandHandlesAreRefusedAfterTheCapAndTheSessionStaysUsable() throws Exception {
        PeerLimits limits = new PeerLimits(8, 20, 64, 8, 16, Duration.ofSeconds(30));
        try (SftpTestServer fx = new SftpTestServer(scratch, hostKeys, limited(limits));
                ClientSession session = fx.login();
                SftpClient sftp = SftpClientFactory.instance().createSftpClient(session)) {
            long before = openDescriptors();
            List<SftpClient.Handle> held = new ArrayList<>();
            int refused = 0;
            for (int i = 0; i < 20_000; i++) {
                try {
                    held.add(sftp.open("/hello.txt", EnumSet.of(SftpClient.OpenMode.Read)));
                } catch (IOException e) {
                    refused++;
                }
            }
            assertThat(held).hasSize(64);
            assertThat(refused).isEqualTo(20_000 - 64);
            assertThat(openDescriptors() - before)
                    .as("file descriptors held by the flood")
                    .isLessThan(100);
            for (SftpClient.Handle h : held) {
                sftp.close(h);
            }
            try (InputStream in = sftp.read("/hello.txt")) {
                assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8))
                        .isEqualTo(SftpTestServer.HELLO);
            }
        }
    }

    @Test
    void anAddressOffTheAllowListIsRefusedOnceAndTheControllerStillServed() throws Exception {
        PeerFilter onlyController = PeerFilter.only(List.of(AddressBlock.parse("127.0.0.1")));
        try (SftpTestServer fx =
                new SftpTestServer(scratch, hostKeys, limited(PeerLimits.defaults()), true, onlyController)) {
            for (int i = 0; i < 3; i++) {
                try (Socket s = new Socket()) {
                    s.bind(new InetSocketAddress("127.0.0.2", 0));
                    s.connect(new InetSocketAddress("127.0.0.1", fx.port()));
                    s.setSoTimeout(5000);
                    assertThat(s.getInputStream().read())
                            .as("closed before any SSH")
                            .isEqualTo(-1);
                }
            }
            try (ClientSession ok = fx.login()) {
                assertThat(ok.isAuthenticated()).isTrue();
            }
            await().untilAsserted(() -> assertThat(fx.eventsOf(TransferEvent.Refused.class))
                    .filteredOn(r -> r.reason() == RefusalReason.NOT_ALLOWED)
                    .singleElement()
                    .satisfies(r -> {
                        assertThat(r.peer().getAddress()).isEqualTo(InetAddress.getByName("127.0.0.2"));
                        assertThat(r.detail()).contains("127.0.0.1");
                    }));
        }
    }

    @Test
    void connectionsNotLoggedInAreCappedAndFreedWhenTheyClose() throws Exception {
        PeerLimits limits = new PeerLimits(8, 20, 64, 8, 2, Duration.ofSeconds(30));
        try (SftpTestServer fx = new SftpTestServer(scratch, hostKeys, limited(limits))) {
            List<Socket> idle = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                Socket s = new Socket("127.0.0.1", fx.port());
                s.getInputStream().read(); // the server's identification line: the connection is a session now
                idle.add(s);
            }
            assertThatThrownBy(fx::login).isInstanceOf(IOException.class);
            await().until(() -> fx.eventsOf(TransferEvent.Refused.class).stream()
                    .anyMatch(
                            r -> r.reason() == RefusalReason.BUSY && r.detail().contains("not logged in")));
            for (Socket s : idle) {
                s.close();
            }
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
                try (ClientSession ok = fx.login()) {
                    assertThat(ok.isAuthenticated()).isTrue();
                }
            });
        }
    }

    @Test
    void oneAddressHoldsAtMostItsShareOfConnections() throws Exception {
        PeerLimits limits = new PeerLimits(8, 20, 64, 2, 16, Duration.ofSeconds(30));
        try (SftpTestServer fx = new SftpTestServer(scratch, hostKeys, limited(limits));
                ClientSession a = fx.login();
                ClientSession b = fx.login()) {
            assertThatThrownBy(fx::login).isInstanceOf(IOException.class);
            try (ClientSession other = fx.loginFrom("127.0.0.3")) {
                assertThat(other.isAuthenticated()).isTrue();
            }
            assertThat(a.isAuthenticated() && b.isAuthenticated()).isTrue();
            await().until(() -> fx.eventsOf(TransferEvent.Refused.class).stream()
                    .anyMatch(r -> r.reason() == RefusalReason.PEER_LIMIT));
        }
    }

    @Test
    void theDelayAfterAWrongPasswordDoublesPerAddressUpToTheCeiling() throws Exception {
        SftpSettings s = limited(new PeerLimits(8, 20, 64, 8, 16, Duration.ofMillis(500)));
        PasswordGate gate = new PasswordGate(SftpCredentials.generate(new SecureRandom()), s, null, e -> {}, null);
        InetAddress guesser = InetAddress.getByName("192.0.2.66");
        List<Long> delays = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            delays.add(gate.delayAfter(guesser).toMillis());
        }
        assertThat(delays).containsExactly(50L, 100L, 200L, 400L, 500L, 500L);
        assertThat(gate.delayAfter(InetAddress.getByName("192.0.2.10")).toMillis())
                .isEqualTo(50L);
    }
}
