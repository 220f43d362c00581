package org.ewcstation.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

class PeersTest {

    @TempDir
    Path tmp;

    private final String mode = System.getProperty(Peers.MODE);
    private final String hide = System.getProperty(Peers.HIDE);
    private final String report = System.getProperty(PeersListener.REPORT);

    @AfterEach
    void restore() {
        restore(Peers.MODE, mode);
        restore(Peers.HIDE, hide);
        restore(PeersListener.REPORT, report);
    }

    @Test
    void anInstalledPeerIsFoundOnThePathOrByItsAbsolutePath() {
        System.clearProperty(Peers.HIDE);
        assertThat(Peers.require("coreutils", "sh")).endsWith("/sh");
        assertThat(Peers.require("coreutils", "/bin/sh")).isEqualTo("/bin/sh");
    }

    @Test
    void aMissingPeerSkipsWithWhatToInstallAndFailsWhenRequired() {
        System.setProperty(Peers.HIDE, "tftpd-hpa, tshark");
        System.setProperty(Peers.MODE, "optional");
        assertThatThrownBy(() -> Peers.require("tshark", "/bin/sh"))
                .isInstanceOf(PeerMissing.class)
                .hasMessageContaining("skipped: peer tshark is not installed")
                .hasMessageContaining("bash tests/install-peers.sh");
        assertThatThrownBy(() -> Peers.require(
                        "curl", "no-such-command-" + ProcessHandle.current().pid()))
                .isInstanceOf(PeerMissing.class);

        System.setProperty(Peers.MODE, "required");
        assertThatThrownBy(() -> Peers.require("tshark", "/bin/sh"))
                .isExactlyInstanceOf(AssertionError.class)
                .hasMessageContaining("ewcstation.peers=required");
    }

    @Test
    void theListenerCountsEveryTestOfASkippedClassAndTheSummarySaysWhatToInstall() throws Exception {
        Path module = Files.createDirectories(tmp.resolve("services"));
        System.setProperty(
                PeersListener.REPORT, module.resolve(PeersSummary.REPORT).toString());
        System.setProperty(Peers.HIDE, "tftpd-hpa");
        System.setProperty(Peers.MODE, "optional");
        // a launcher of our own runs the fixture (surefire leaves nested classes alone)
        LauncherFactory.create()
                .execute(
                        LauncherDiscoveryRequestBuilder.request()
                                .selectors(selectClass(NeedsTftpd.class))
                                .build(),
                        new PeersListener());

        assertThat(Files.readAllLines(module.resolve(PeersSummary.REPORT)))
                .containsExactly(
                        "tftpd-hpa\t" + NeedsTftpd.class.getName() + "#one",
                        "tftpd-hpa\t" + NeedsTftpd.class.getName() + "#two");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PeersSummary.print(tmp, new PrintStream(out, true, StandardCharsets.UTF_8));
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines)
                .contains(
                        "Interop peers: 2 interop test(s) SKIPPED, their third-party peer is not installed:",
                        "  tftpd-hpa          2 test(s) in services",
                        "Install them all (Debian/Ubuntu): bash tests/install-peers.sh");
    }

    @Test
    void theSummarySaysSoWhenNoPeerWasMissingAndNothingWhenNoTestsRan() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PeersSummary.print(tmp, new PrintStream(out, true, StandardCharsets.UTF_8));
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();

        Path report = Files.createDirectories(tmp.resolve("app/target")).resolve("peers-missing.txt");
        Files.writeString(report, "");
        PeersSummary.print(tmp, new PrintStream(out, true, StandardCharsets.UTF_8));
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("all present, no interop test was skipped");
    }

    private static void restore(String key, String value) {
        if (value == null) {
            System.clearProperty(key);
        } else {
            System.setProperty(key, value);
        }
    }

    /** Run only by the launcher above: its @BeforeAll asks for a hidden peer. */
    static class NeedsTftpd {
        @BeforeAll
        static void peer() {
            Peers.require("tftpd-hpa", "/bin/sh");
        }

        @Test
        void one() {}

        @Test
        void two() {}
    }
}
