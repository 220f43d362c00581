package org.ewcstation.servers.syslog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Header formats and the IOS-XE message shape, on controller lines (our fixture; the public sample when present). */
class SyslogParserTest {

    static final String WRONG_PATH = "*Feb 1 20:29:25.730: %INSTALL-3-OPERATION_ERROR_MESSAGE: Chassis 1 R0/0: "
            + "install_engine: Failed to install_add package sftp://*****@172.16.5.62/Documents/Wrong-Path/ap1g6, Error: "
            + "Failed to download file sftp://*****@172.16.5.62/Documents/Wrong-Path/ap1g6: No such file or directory";
    static final String TIMED_OUT = "*Feb 1 20:55:46.579: %INSTALL-3-OPERATION_ERROR_MESSAGE: Chassis 1 R0/0: "
            + "install_engine: Failed to install_add package tftp://172.16.5.199/EWC/17_9_4a/ap1g6, Error: Failed to "
            + "download file tftp://172.16.5.199/EWC/17_9_4a/ap1g6: Timed out";

    @Test
    void iosXeLineWithSequenceNumberAsTheControllerSendsIt() {
        SyslogMessage m = SyslogParser.parse("<187>1234: " + WRONG_PATH);
        assertThat(m.format()).isEqualTo(SyslogFormat.PRI_ONLY);
        assertThat(m.facility()).isEqualTo(23); // local7, IOS's default
        assertThat(m.severity()).isEqualTo(3);
        IosXeMessage ios = m.iosXe();
        assertThat(ios.sequence()).isEqualTo("1234");
        assertThat(ios.timestamp()).isEqualTo("Feb 1 20:29:25.730");
        assertThat(ios.clockSynced()).isFalse();
        assertThat(ios.code()).isEqualTo("%INSTALL-3-OPERATION_ERROR_MESSAGE");
        assertThat(ios.text()).startsWith("Chassis 1 R0/0: install_engine:").endsWith("No such file or directory");
    }

    @Test
    void iosXeLineWithHostnameAndSyncedClockAndZone() {
        IosXeMessage ios = SyslogParser.parse("<189>57: 9120-EWC: Feb  1 2026 17:05:37.108 JST: "
                        + "%INSTALL-5-INSTALL_COMPLETED_INFO: Chassis 1 R0/0: install_engine: Completed install add")
                .iosXe();
        assertThat(ios.timestamp()).isEqualTo("Feb  1 2026 17:05:37.108 JST");
        assertThat(ios.clockSynced()).isTrue();
        assertThat(ios.facility()).isEqualTo("INSTALL");
        assertThat(ios.severity()).isEqualTo(5);
        assertThat(ios.mnemonic()).isEqualTo("INSTALL_COMPLETED_INFO");
    }

    @Test
    void rfc3164FromLoggerWithTheIosLineAsMessage() {
        SyslogMessage m = SyslogParser.parse("<13>Nov 25 01:13:33 laptop root[4242]: " + TIMED_OUT);
        assertThat(m.format()).isEqualTo(SyslogFormat.RFC3164);
        assertThat(m.timestamp()).isEqualTo("Nov 25 01:13:33");
        assertThat(m.hostname()).isEqualTo("laptop");
        assertThat(m.appName()).isEqualTo("root");
        assertThat(m.procId()).isEqualTo("4242");
        assertThat(m.iosXe().code()).isEqualTo("%INSTALL-3-OPERATION_ERROR_MESSAGE");
        assertThat(m.iosXe().text()).endsWith("Timed out");
    }

    @Test
    void rfc5424WithStructuredDataAndBom() {
        SyslogMessage m = SyslogParser.parse(
                "<165>1 2026-11-25T01:13:33.123456+09:00 ewc.example.com wncd 4711 ID47 "
                        + "[timeQuality tzKnown=\"1\" isSynced=\"0\"][x@32473 note=\"a \\\"quoted\\] value\"] \uFEFF"
                        + "*Feb 1 17:07:00.720: %CAPWAPAC_SMGR_TRACE_MESSAGE-5-AP_JOIN_DISJOIN: Chassis 1 R0/0: wncd: AP Event: AP Image Download Success");
        assertThat(m.format()).isEqualTo(SyslogFormat.RFC5424);
        assertThat(m.facility()).isEqualTo(20);
        assertThat(m.severity()).isEqualTo(5);
        assertThat(m.timestamp()).isEqualTo("2026-11-25T01:13:33.123456+09:00");
        assertThat(m.hostname()).isEqualTo("ewc.example.com");
        assertThat(m.appName()).isEqualTo("wncd");
        assertThat(m.procId()).isEqualTo("4711");
        assertThat(m.msgId()).isEqualTo("ID47");
        assertThat(m.structuredData()).endsWith("value\"]");
        assertThat(m.iosXe().facility()).isEqualTo("CAPWAPAC_SMGR_TRACE_MESSAGE");
        assertThat(m.iosXe().mnemonic()).isEqualTo("AP_JOIN_DISJOIN");
        assertThat(m.iosXe().text()).endsWith("AP Image Download Success");
    }

    @Test
    void nilFieldsAndNoMessage() {
        SyslogMessage m = SyslogParser.parse("<14>1 - - - - - -");
        assertThat(m.format()).isEqualTo(SyslogFormat.RFC5424);
        assertThat(m.hostname()).isNull();
        assertThat(m.structuredData()).isNull();
        assertThat(m.text()).isEmpty();
        assertThat(m.iosXe()).isNull();
    }

    @Test
    void whatCannotBeReadBecomesTextWithoutThrowing() {
        for (String s : List.of(
                "",
                "<",
                "<999>hello",
                "<13>1 truncated",
                "<13>1 a b c d e [unclosed",
                "%",
                "%FOO",
                "<0>",
                "plain text without header",
                "<13>Nov 25 01:13:33")) {
            SyslogMessage m = SyslogParser.parse(s);
            assertThat(m).as(s).isNotNull();
            assertThat(m.text()).as(s).isNotNull();
        }
        assertThat(SyslogParser.parse("plain text").format()).isEqualTo(SyslogFormat.BARE);
        assertThat(SyslogParser.parse("<13>1 a b c d e [unclosed").format()).isEqualTo(SyslogFormat.PRI_ONLY);
    }

    @Test
    void everyLineOfAControllerLogParses() throws IOException {
        // our fixture in the controller's log shape: a buffer that wrapped (its first line cut mid-message),
        // an upgrade's install and AP events, and the clock becoming synchronised half-way through
        List<String> lines = resourceLines("ios-xe-log__ewc-upgrade__1.txt");
        assertThat(lines).hasSizeGreaterThan(20);
        assertThat(SyslogParser.parse("<189>" + lines.getFirst()).iosXe()).isNull(); // no code to find, no error
        Map<String, Integer> codes = new TreeMap<>();
        for (String line : lines.subList(1, lines.size())) {
            SyslogMessage m = SyslogParser.parse("<189>" + line);
            assertThat(m.iosXe()).as(line).isNotNull();
            assertThat(line).contains(m.iosXe().code() + ":");
            assertThat(m.iosXe().timestamp()).as(line).matches("[A-Z][a-z]{2} \\d{1,2} \\d{2}:\\d{2}:\\d{2}\\.\\d{3}");
            assertThat(m.iosXe().clockSynced()).as(line).isEqualTo(!line.startsWith("*"));
            codes.merge(m.iosXe().code(), 1, Integer::sum);
        }
        assertThat(SyslogParser.parse("<189>" + lines.get(2)).iosXe())
                .extracting(IosXeMessage::facility, IosXeMessage::severity, IosXeMessage::mnemonic)
                .containsExactly("APMGR_TRACE_MESSAGE", 2, "WLC_APMGR_CRIT_MSG");
        assertThat(codes)
                .containsEntry("%INSTALL-5-INSTALL_START_INFO", 3)
                .containsEntry("%INSTALL-5-INSTALL_COMPLETED_INFO", 2)
                .containsEntry("%INSTALL-3-OPERATION_ERROR_MESSAGE", 2)
                .containsEntry("%CAPWAPAC_SMGR_TRACE_MESSAGE-5-AP_JOIN_DISJOIN", 4)
                .containsEntry("%SYS-5-CONFIG_I", 2);
        assertThat(codes.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(lines.size() - 1);
        IosXeMessage failed = SyslogParser.parse("<187>" + lines.get(16)).iosXe();
        assertThat(failed.text())
                .startsWith("Chassis 1 R0/0: install_engine: Failed")
                .endsWith("No such file or directory");
        assertThat(failed.text()).contains("sftp://*****@192.0.2.50/"); // the controller masks the user itself
    }

    @Test
    void everyLineOfThePublicControllerLogParses() throws IOException {
        // extra cross-check on real output: runs only when ../shared/samples sits beside the checkout
        Path samples = Path.of(System.getProperty("ewcstation.shared", "../../shared"), "samples")
                .toAbsolutePath()
                .normalize();
        assumeTrue(
                Files.isDirectory(samples), () -> "skipped: ../shared/samples not found (looked in " + samples + ")");
        List<String> lines =
                Files.readAllLines(samples.resolve("show_logging__genieparser-9800__1.txt"), StandardCharsets.UTF_8)
                        .stream()
                        .filter(l -> l.matches("^[A-Z][a-z]{2} \\d.*") || l.startsWith("OIN_DISJOIN"))
                        .toList();
        assertThat(lines).hasSizeGreaterThan(20);
        for (String line : lines) {
            SyslogMessage m = SyslogParser.parse("<189>" + line);
            if (line.startsWith("OIN_DISJOIN")) { // the log buffer wrapped mid-line: no code to find, still no error
                assertThat(m.iosXe()).isNull();
                continue;
            }
            assertThat(m.iosXe()).as(line).isNotNull();
            assertThat(line).contains(m.iosXe().code() + ":");
            assertThat(m.iosXe().timestamp()).as(line).matches("[A-Z][a-z]{2} \\d{1,2} \\d{2}:\\d{2}:\\d{2}\\.\\d{3}");
        }
        assertThat(SyslogParser.parse("<189>" + lines.get(2)).iosXe())
                .extracting(IosXeMessage::facility, IosXeMessage::severity, IosXeMessage::mnemonic)
                .containsExactly("APMGR_TRACE_MESSAGE", 2, "WLC_APMGR_CRIT_MSG");
    }

    private static List<String> resourceLines(String name) throws IOException {
        try (InputStream in = SyslogParserTest.class.getResourceAsStream(name)) {
            assertThat(in).as("fixture " + name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .filter(l -> !l.isBlank())
                    .toList();
        }
    }
}
