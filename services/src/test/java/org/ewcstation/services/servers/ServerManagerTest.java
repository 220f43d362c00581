package org.ewcstation.services.servers;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import org.ewcstation.i18n.Language;
import org.ewcstation.i18n.Messages;
import org.ewcstation.servers.event.TransferListener;
import org.ewcstation.servers.event.TransferRegistry;
import org.ewcstation.servers.syslog.SyslogListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The three real servers on loopback, ephemeral ports. */
class ServerManagerTest {

    @TempDir
    Path dir;

    ServerManager manager(Path root, int tftpPort) {
        return new ServerManager(
                new ServerSettings(root, "127.0.0.1", tftpPort, 0, 0, null),
                TransferListener.NONE,
                new TransferRegistry(),
                SyslogListener.NONE,
                new SecureRandom(),
                dir.resolve("keys"));
    }

    @Test
    void startsAndStopsAllThreeAndReportsWhereTheyListen() throws Exception {
        Path root = Files.createDirectories(dir.resolve("images"));
        List<ServerStatus> seen = new ArrayList<>();
        try (ServerManager m = manager(root, 0)) {
            m.addListener(seen::add);
            for (ServerKind k : ServerKind.values()) {
                ServerStatus s = m.start(k);
                assertThat(s.phase()).as(k.name()).isEqualTo(ServerStatus.Phase.RUNNING);
                assertThat(s.address().getAddress().isLoopbackAddress()).isTrue();
                assertThat(s.address().getPort()).isPositive();
            }
            assertThat(m.sftpInfo()).get().satisfies(info -> {
                assertThat(info.credentials().user()).isNotBlank();
                assertThat(info.hostKeys()).isNotEmpty();
            });
            assertThat(m.stop(ServerKind.SFTP).phase()).isEqualTo(ServerStatus.Phase.STOPPED);
            assertThat(m.sftpInfo()).isEmpty();
        }
        assertThat(seen)
                .extracting(ServerStatus::phase)
                .contains(ServerStatus.Phase.RUNNING, ServerStatus.Phase.STOPPED);
    }

    @Test
    void aTakenPortIsAFailureWithAMessageInBothLanguages() throws Exception {
        Path root = Files.createDirectories(dir.resolve("images"));
        try (DatagramSocket squatter = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
                ServerManager m = manager(root, squatter.getLocalPort())) {
            ServerStatus s = m.start(ServerKind.TFTP);
            assertThat(s.phase()).isEqualTo(ServerStatus.Phase.FAILED);
            assertThat(s.problem()).isNotNull();
            for (Language l : Language.values()) {
                assertThat(new Messages(l).text(s.problem()))
                        .doesNotStartWith("!")
                        .contains(Integer.toString(squatter.getLocalPort()));
            }
        }
    }

    @Test
    void aMissingFolderIsReportedNotThrown() {
        try (ServerManager m = manager(dir.resolve("nope"), 0)) {
            ServerStatus s = m.start(ServerKind.SFTP);
            assertThat(s.phase()).isEqualTo(ServerStatus.Phase.FAILED);
            assertThat(s.problem().key()).startsWith("servers.start.");
        }
    }
}
