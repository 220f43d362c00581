package org.ewcstation.services.ewc.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.ewcstation.services.ewc.model.ApProgress;
import org.ewcstation.services.ewc.model.DownloadMode;
import org.ewcstation.services.ewc.model.ImageDownloadProfile;
import org.ewcstation.services.ewc.model.LogEvent;
import org.ewcstation.services.ewc.model.PingResult;
import org.junit.jupiter.api.Test;

class SmallParsersTest {

    @Test
    void profileTftpAndSftp() {
        String text = """
        wireless profile image-download default
         image-download-mode sftp
         sftp-image-path Documents/sftp_files/EWC_17_9_4a
         sftp-image-server 172.16.5.62
         sftp-password 8 aBcD$Hash
         sftp-username tech
         tftp-image-path /EWC/17_9_4a
         tftp-image-server 172.16.5.27
        wireless profile image-download other
         image-download-mode tftp
        """;
        Parsed<ImageDownloadProfile> p = new ImageDownloadProfileParser().parse(text, "default");
        assertThat(p.problems()).isEmpty();
        ImageDownloadProfile d = p.value();
        assertThat(d.mode()).isEqualTo(DownloadMode.SFTP);
        assertThat(d.server()).isEqualTo("172.16.5.62");
        assertThat(d.path()).isEqualTo("Documents/sftp_files/EWC_17_9_4a");
        assertThat(d.sftpUser()).isEqualTo("tech");
        assertThat(d.sftpPasswordSet()).isTrue();
        assertThat(d.sftpPasswordType()).isEqualTo("8");
        assertThat(d.tftpServer()).isEqualTo("172.16.5.27");
        assertThat(d.toString()).doesNotContain("aBcD");
        assertThat(new ImageDownloadProfileParser().parse(text, "other").value().mode())
                .isEqualTo(DownloadMode.TFTP);
        assertThat(new ImageDownloadProfileParser().parse("", "default").value())
                .isEqualTo(ImageDownloadProfile.empty("default"));
    }

    @Test
    void profileShownWithAllKeepsThePortAndSkipsUnsetFields() {
        String text = """
        wireless profile image-download default
         image-download-mode sftp
         no description
         sftp-image-path images
         sftp-image-port 2222
         sftp-image-server 192.0.2.20
         sftp-username tech
        """;
        var p = new ImageDownloadProfileParser().parse(text, "default");
        assertThat(p.problems()).isEmpty();
        assertThat(p.value().sftpPort()).isEqualTo(2222);
        assertThat(p.value().effectiveSftpPort()).isEqualTo(2222);
        var none = new ImageDownloadProfileParser()
                .parse("wireless profile image-download default\n image-download-mode sftp\n", "default");
        assertThat(none.value().sftpPort()).isNull();
        assertThat(none.value().effectiveSftpPort()).isEqualTo(22);
        var bad = new ImageDownloadProfileParser()
                .parse("wireless profile image-download default\n sftp-image-port 22x\n", "default");
        assertThat(bad.problems())
                .singleElement()
                .extracting(ParseProblem::line)
                .isEqualTo(" sftp-image-port 22x");
    }

    @Test
    void profileUnknownLinesAreReported() {
        var p = new ImageDownloadProfileParser()
                .parse(
                        "wireless profile image-download default\n image-download-mode tftp\n"
                                + " parallel-mode enable\n",
                        "default");
        assertThat(p.problems()).singleElement().extracting(ParseProblem::line).isEqualTo(" parallel-mode enable");
    }

    @Test
    void seedLogLines() {
        IosLogParser lp = new IosLogParser();
        var failed = lp.parseLine(
                        "*Feb 1 20:29:25.730: %INSTALL-3-OPERATION_ERROR_MESSAGE: Chassis 1 R0/0: install_engine: "
                                + "Failed to install_add package sftp://*****@172.16.5.62/Documents/Wrong-Path/ap1g6, Error: Failed to download "
                                + "file sftp://*****@172.16.5.62/Documents/Wrong-Path/ap1g6: No such file or directory")
                .orElseThrow();
        assertThat(failed.severity()).isEqualTo(3);
        assertThat(failed.event().kind()).isEqualTo(LogEvent.Kind.INSTALL_FAILED);
        assertThat(failed.event().url()).isEqualTo("sftp://*****@172.16.5.62/Documents/Wrong-Path/ap1g6");
        assertThat(failed.event().error()).isEqualTo("No such file or directory");
        var timeout = lp.parseLine(
                        "*Feb 1 20:55:46.579: %INSTALL-3-OPERATION_ERROR_MESSAGE: Chassis 1 R0/0: install_engine: "
                                + "Failed to install_add package tftp://172.16.5.199/EWC/17_9_4a/ap1g6, Error: Failed to download file "
                                + "tftp://172.16.5.199/EWC/17_9_4a/ap1g6: Timed out")
                .orElseThrow();
        assertThat(timeout.event().error()).isEqualTo("Timed out");
        assertThat(timeout.event().url()).isEqualTo("tftp://172.16.5.199/EWC/17_9_4a/ap1g6");
        var started = lp.parseLine(
                        "*Feb 1 20:29:17.325: %INSTALL-5-INSTALL_START_INFO: Chassis 1 R0/0: install_engine: "
                                + "Started install add sftp://*****@172.16.5.62/Documents/Wrong-Path/ap1g6")
                .orElseThrow();
        assertThat(started.event().kind()).isEqualTo(LogEvent.Kind.INSTALL_STARTED);
        assertThat(started.event().url()).isEqualTo("sftp://*****@172.16.5.62/Documents/Wrong-Path/ap1g6");
        var ok = lp.parseLine(
                        "*Feb 1 17:07:00.720: %CAPWAPAC_SMGR_TRACE_MESSAGE-5-AP_JOIN_DISJOIN: Chassis 1 R0/0: wncd: "
                                + "AP Event: AP Image Download Success")
                .orElseThrow();
        assertThat(ok.event().kind()).isEqualTo(LogEvent.Kind.AP_IMAGE_DOWNLOAD_SUCCESS);
        assertThat(ok.timestamp()).isEqualTo("*Feb 1 17:07:00.720");
        assertThat(lp.parseLine("000042: *Feb  1 17:07:00.720 UTC: %SYS-5-CONFIG_I: Configured from console by vty0"))
                .get()
                .extracting(l -> l.facility())
                .isEqualTo("SYS");
        assertThat(lp.parseLine("not a log line")).isEmpty();
    }

    @Test
    void ping() {
        PingResult r = new PingParser().parse("10.0.0.1", """
        Type escape sequence to abort.
        Sending 5, 100-byte ICMP Echos to 10.0.0.1, timeout is 2 seconds:
        .!!!!
        Success rate is 80 percent (4/5), round-trip min/avg/max = 1/2/4 ms""").value();
        assertThat(r.successPercent()).isEqualTo(80);
        assertThat(r.received()).isEqualTo(4);
        assertThat(r.sent()).isEqualTo(5);
        assertThat(r.avgMs()).isEqualTo(2);
        PingResult none = new PingParser()
                .parse("10.0.0.2", "Success rate is 0 percent (0/5)")
                .value();
        assertThat(none.reachable()).isFalse();
        assertThat(none.minMs()).isNull();
        assertThat(new PingParser().parse("x", "% Unrecognized host or address").problems())
                .hasSize(1);
    }

    @Test
    void perApProgressLenient() {
        Parsed<List<ApProgress>> p = new ApProgressParser().parse("""
        AP Name                Status            Percentage   ETA
        ------------------------------------------------------------
        AP-1                   Downloading       42%          00:01:10
        AP-2                   Complete          100%         N/A
        AP-3                   Initiated         0            N/A
        """);
        assertThat(p.problems()).isEmpty();
        assertThat(p.value())
                .containsExactly(
                        new ApProgress("AP-1", 42, "00:01:10", "Downloading"),
                        new ApProgress("AP-2", 100, "N/A", "Complete"),
                        new ApProgress("AP-3", 0, "N/A", "Initiated"));
    }

    @Test
    void perApProgressByHeaderLabelsWithBytes() {
        Parsed<List<ApProgress>> p = new ApProgressParser().parse("""
        Predownload Status   : In Progress
        Predownload Version  : 17.12.1.5
        Total number of APs  : 2

        AP Name                           Image     Status           Percent  Received     Total        ETA       Retry Count  Next Retry Time
        -------------------------------------------------------------------------------------------------------------------------------------
        AP-9105-LOBBY                     ap1g8     Predownloading   42%      110100480    262144000    00:01:35  0            N/A
        AP-2802-HALL                      ap3g3     Initiated        N/A      0            0            N/A       1            10:22:33
        """);
        assertThat(p.problems()).isEmpty();
        assertThat(p.value())
                .containsExactly(
                        new ApProgress("AP-9105-LOBBY", 42, "00:01:35", "Predownloading", 110100480L, 262144000L),
                        new ApProgress("AP-2802-HALL", null, "N/A", "Initiated", 0L, 0L));
    }

    @Test
    void imageTypesFromTheTableAndUnknownOtherwise() {
        ApImageTypes t = new ApImageTypes();
        assertThat(t.imageType("AIR-AP2802E-D-K9")).isEqualTo("ap3g3");
        assertThat(t.imageType("AIR-AP3802I-Q-K9")).isEqualTo("ap3g3");
        assertThat(t.imageType("AIR-AP4800-B-K9")).isEqualTo("ap3g3");
        assertThat(t.imageType("AIR-AP1562E-Q-K9")).isEqualTo("ap3g3");
        assertThat(t.imageType("IW-6300H-AC-B-K9")).isEqualTo("ap3g3");
        assertThat(t.imageType("AIR-AP1832I-Q-K9")).isEqualTo("ap1g4");
        assertThat(t.imageType("AIR-AP1852E-B-K9")).isEqualTo("ap1g4");
        assertThat(t.imageType("AIR-AP1815I-Q-K9")).isEqualTo("ap1g5");
        assertThat(t.imageType("AIR-AP1542D-B-K9")).isEqualTo("ap1g5");
        assertThat(t.imageType("C9117AXI-B")).isEqualTo("ap1g6");
        assertThat(t.imageType("C9130AXE-Q")).isEqualTo("ap1g6a");
        assertThat(t.imageType("C9124AXD-B")).isEqualTo("ap1g6a");
        assertThat(t.imageType("C9115AXI-Q")).isEqualTo("ap1g7");
        assertThat(t.imageType("C9120AXE-D")).isEqualTo("ap1g7");
        assertThat(t.imageType("9120AXI")).isEqualTo("ap1g7");
        assertThat(t.imageType("C9105AXI-Q")).isEqualTo("ap1g8");
        for (String unknown : new String[] {"C9136I-B", "CW9166I-Q", "CW9176I", "C9162I-Q", "", null, "AIR-AP1702I"}) {
            assertThat(t.imageType(unknown)).as(unknown).isEqualTo(ApImageTypes.UNKNOWN);
        }
    }
}
