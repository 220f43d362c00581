package org.ewcstation.tests.syslog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.ewcstation.servers.syslog.IosXeMessage;
import org.ewcstation.servers.syslog.SyslogEvent;
import org.ewcstation.servers.syslog.SyslogFormat;
import org.ewcstation.servers.syslog.SyslogListener;
import org.ewcstation.servers.syslog.SyslogReceiver;
import org.ewcstation.servers.syslog.SyslogSettings;
import org.ewcstation.tests.sftp.ExternalCommand;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** util-linux {@code logger} and a raw UDP sender deliver controller lines to our receiver, which parses them. */
@Tag("interop")
class LoggerSyslogInteropTest {

    static final String WRONG_PATH = "*Feb 1 20:52:13.977: %INSTALL-3-OPERATION_ERROR_MESSAGE: Chassis 1 R0/0: "
            + "install_engine: Failed to install_add package tftp://172.16.5.27/Wrong-Path/ap1g6, Error: Failed to "
            + "download file tftp://172.16.5.27/Wrong-Path/ap1g6: No such file or directory";
    static final String TIMED_OUT = "*Feb 1 20:55:46.579: %INSTALL-3-OPERATION_ERROR_MESSAGE: Chassis 1 R0/0: "
            + "install_engine: Failed to install_add package tftp://172.16.5.199/EWC/17_9_4a/ap1g6, Error: Failed to "
            + "download file tftp://172.16.5.199/EWC/17_9_4a/ap1g6: Timed out";

    final List<SyslogEvent> events = new CopyOnWriteArrayList<>();
    SyslogReceiver receiver;
    InetSocketAddress at;

    @BeforeEach
    void start() throws Exception {
        ExternalCommand.require("logger", "bsdutils");
        receiver = new SyslogReceiver(SyslogSettings.defaults().withBind("127.0.0.1", 0), new SyslogListener() {
            @Override
            public void onMessage(SyslogEvent event) {
                events.add(event);
            }
        });
        at = receiver.start();
    }

    @AfterEach
    void stop() {
        if (receiver != null) { // null when logger is missing and the test was skipped
            receiver.close();
        }
    }

    @Test
    void loggerRfc3164() throws Exception {
        logger("--rfc3164", "-p", "local7.err", "-t", "ewc", WRONG_PATH);
        await().until(() -> events.size() == 1);
        SyslogEvent e = events.get(0);
        assertThat(e.message().format()).isEqualTo(SyslogFormat.RFC3164);
        assertThat(e.message().facility()).isEqualTo(23);
        assertThat(e.message().severity()).isEqualTo(3);
        assertThat(e.message().appName()).isEqualTo("ewc");
        assertIosXe(e.message().iosXe(), "No such file or directory");
        assertThat(e.sender().getAddress().isLoopbackAddress()).isTrue();
        assertThat(e.raw()).endsWith(WRONG_PATH);
    }

    @Test
    void loggerRfc5424() throws Exception {
        logger("--rfc5424", "-p", "local7.err", "-t", "ewc", "--msgid", "INSTALL", TIMED_OUT);
        await().until(() -> events.size() == 1);
        SyslogEvent e = events.get(0);
        assertThat(e.message().format()).isEqualTo(SyslogFormat.RFC5424);
        assertThat(e.message().appName()).isEqualTo("ewc");
        assertThat(e.message().msgId()).isEqualTo("INSTALL");
        assertThat(e.message().timestamp()).matches("\\d{4}-\\d{2}-\\d{2}T.*");
        assertIosXe(e.message().iosXe(), "Timed out");
    }

    @Test
    void rawIosXeDatagramsAndGarbageDoNotStopTheReceiver() throws Exception {
        try (DatagramSocket out = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            send(out, new byte[] {0, 1, 2, 3, (byte) 0xff});
            send(out, new byte[9000]);
            send(out, ("<187>77: " + WRONG_PATH).getBytes(StandardCharsets.UTF_8));
            await().until(() -> events.size() == 1);
            assertThat(events.get(0).message().format()).isEqualTo(SyslogFormat.PRI_ONLY);
            assertThat(events.get(0).message().iosXe().sequence()).isEqualTo("77");
            assertIosXe(events.get(0).message().iosXe(), "No such file or directory");
        }
        logger("--rfc3164", "after the garbage");
        await().until(() -> events.size() == 2);
        assertThat(events.get(1).message().text()).isEqualTo("after the garbage");
        assertThat(receiver.stats().garbage() + receiver.stats().oversized()).isEqualTo(2);
    }

    private static void assertIosXe(IosXeMessage ios, String ending) {
        assertThat(ios).isNotNull();
        assertThat(ios.code()).isEqualTo("%INSTALL-3-OPERATION_ERROR_MESSAGE");
        assertThat(ios.timestamp()).startsWith("Feb 1 20:5");
        assertThat(ios.clockSynced()).isFalse();
        assertThat(ios.text()).startsWith("Chassis 1 R0/0: install_engine:").endsWith(ending);
    }

    private void logger(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(
                List.of("logger", "-d", "--server", "127.0.0.1", "--port", String.valueOf(at.getPort())));
        cmd.addAll(List.of(args));
        var r = ExternalCommand.run(Duration.ofSeconds(20), Map.of(), null, cmd);
        assertThat(r.exit()).as(r.all()).isZero();
    }

    private void send(DatagramSocket out, byte[] data) throws Exception {
        out.send(new DatagramPacket(data, data.length, at));
    }
}
