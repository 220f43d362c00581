package org.ewcstation.servers.syslog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.ewcstation.servers.ServerStartException;
import org.ewcstation.servers.syslog.SyslogListener.DropReason;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A real UDP socket on loopback: lines come out parsed; garbage, oversize and floods are counted and dropped. */
class SyslogReceiverTest {

    final List<SyslogEvent> events = new CopyOnWriteArrayList<>();
    final List<DropReason> drops = new CopyOnWriteArrayList<>();
    SyslogReceiver receiver;

    SyslogListener recorder = new SyslogListener() {
        @Override
        public void onMessage(SyslogEvent event) {
            events.add(event);
        }

        @Override
        public void onDropped(DropReason reason, InetSocketAddress sender, int length) {
            drops.add(reason);
        }
    };

    @AfterEach
    void stop() {
        if (receiver != null) {
            receiver.close();
        }
    }

    InetSocketAddress start(SyslogSettings settings) throws ServerStartException {
        receiver = new SyslogReceiver(settings, recorder);
        return receiver.start();
    }

    @Test
    void deliversParsedLinesWithSenderAndRawText() throws Exception {
        InetSocketAddress at = start(SyslogSettings.defaults().withBind("127.0.0.1", 0));
        try (DatagramSocket out = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            send(out, at, ("<187>12: " + SyslogParserTest.WRONG_PATH + "\n").getBytes(StandardCharsets.UTF_8));
            await().until(() -> events.size() == 1);
            SyslogEvent e = events.get(0);
            assertThat(e.sender()).isEqualTo(out.getLocalSocketAddress());
            assertThat(e.raw()).isEqualTo("<187>12: " + SyslogParserTest.WRONG_PATH);
            assertThat(e.message().iosXe().code()).isEqualTo("%INSTALL-3-OPERATION_ERROR_MESSAGE");
            assertThat(e.message().iosXe().text()).endsWith("No such file or directory");
        }
    }

    @Test
    void garbageAndOversizedDatagramsAreCountedAndDoNotStopTheReceiver() throws Exception {
        InetSocketAddress at = start(new SyslogSettings("127.0.0.1", 0, 1024, 1000, 1000));
        try (DatagramSocket out = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            send(out, at, new byte[0]);
            send(out, at, new byte[] {(byte) 0xff, (byte) 0xfe, 0x00, 0x01, 0x02}); // not UTF-8
            send(out, at, "<13>hello\u0000\u0001\u0002world".getBytes(StandardCharsets.UTF_8)); // binary inside
            send(out, at, "<13>".concat("x".repeat(5000)).getBytes(StandardCharsets.UTF_8)); // over 1024 bytes
            send(out, at, "   \n".getBytes(StandardCharsets.UTF_8));
            send(out, at, ("<189>" + SyslogParserTest.TIMED_OUT).getBytes(StandardCharsets.UTF_8));
            await().until(() -> events.size() == 1);
            assertThat(events.get(0).message().iosXe().text()).endsWith("Timed out");
            await().untilAsserted(() -> assertThat(receiver.stats()).isEqualTo(new SyslogStats(6, 1, 1, 4, 0, 0)));
            assertThat(drops)
                    .containsExactlyInAnyOrder(
                            DropReason.GARBAGE,
                            DropReason.GARBAGE,
                            DropReason.GARBAGE,
                            DropReason.OVERSIZED,
                            DropReason.GARBAGE);
        }
    }

    @Test
    void aFloodIsRateLimitedAndEveryDatagramIsAccountedFor() throws Exception {
        InetSocketAddress at =
                start(SyslogSettings.defaults().withBind("127.0.0.1", 0).withRate(1, 20));
        try (DatagramSocket out = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            for (int i = 0; i < 200; i++) {
                send(
                        out,
                        at,
                        ("<189>" + i + ": *Feb 1 17:05:37.108: %SYS-5-CONFIG_I: flood " + i)
                                .getBytes(StandardCharsets.UTF_8));
            }
            // UDP on loopback may itself drop under load; what arrives is either delivered or rate-limited
            await().until(() -> receiver.stats().received() > 40
                    && receiver.stats().received()
                            == receiver.stats().delivered() + receiver.stats().rateLimited());
            assertThat(receiver.stats().delivered()).isBetween(20L, 25L);
            assertThat(receiver.stats().rateLimited()).isPositive();
        }
    }

    @Test
    void aTakenPortIsReportedAsACode() throws Exception {
        try (DatagramSocket other = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            SyslogReceiver second = new SyslogReceiver(
                    SyslogSettings.defaults().withBind("127.0.0.1", other.getLocalPort()), SyslogListener.NONE);
            assertThatThrownBy(second::start)
                    .isInstanceOfSatisfying(
                            ServerStartException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("servers.start.portInUse"));
        }
    }

    @Test
    void aListenerThatThrowsDoesNotStopTheReceiverNorTheOtherListeners() throws Exception {
        List<String> seen = new CopyOnWriteArrayList<>();
        SyslogListeners fanOut = new SyslogListeners()
                .add(new SyslogListener() {
                    @Override
                    public void onMessage(SyslogEvent event) {
                        throw new IllegalStateException("listener bug");
                    }
                })
                .add(new SyslogListener() {
                    @Override
                    public void onMessage(SyslogEvent event) {
                        seen.add(event.raw());
                    }
                });
        receiver = new SyslogReceiver(SyslogSettings.defaults().withBind("127.0.0.1", 0), fanOut);
        InetSocketAddress at = receiver.start();
        try (DatagramSocket out = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            send(out, at, "<13>one".getBytes(StandardCharsets.UTF_8));
            send(out, at, "<13>two".getBytes(StandardCharsets.UTF_8));
            await().until(() -> seen.size() == 2);
        }
    }

    static void send(DatagramSocket out, InetSocketAddress to, byte[] data) throws IOException {
        out.send(new DatagramPacket(data, data.length, to));
    }
}
