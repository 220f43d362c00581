package org.ewcstation.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import org.ewcstation.simulator.SimulatorSettings.Dialect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A whole pre-download from a real SFTP server (MINA's SftpSubsystem on loopback): one transfer per image
 * type except the controller's own ap1g7, logged in with the profile's credentials from the controller's
 * address; every AP moves through Predownloading to Complete; the seed's log lines go to show logging and
 * to the syslog host.
 */
class PredownloadSftpTest {

    @TempDir
    Path tmp;

    SftpFixture sftp;
    SyslogSink syslog;
    SimulatedEwc ewc;
    Path bundle;

    @BeforeEach
    void setUp() throws Exception {
        bundle = Images.bundle(tmp.resolve("home/Documents/sftp_files/EWC_17_9_4a"));
        sftp = new SftpFixture(tmp.resolve("home"), "tech", "s3cret");
        syslog = new SyslogSink();
        ewc = SimulatedEwc.builder()
                .dialect(Dialect.AP_IMAGE)
                .capwapPort(-1)
                .sftpPort(sftp.port())
                .bundleDir(bundle)
                .linkBytesPerSecond(400_000)
                .ownImageSize(300_000)
                .transferTimeout(Duration.ofSeconds(2))
                .apRebootTime(Duration.ofMillis(300))
                .retryDelay(Duration.ofMillis(400))
                .start();
    }

    @AfterEach
    void tearDown() throws Exception {
        ewc.close();
        sftp.close();
        syslog.close();
    }

    static void configureSftp(SshCli c, String path, int syslogPort) throws Exception {
        c.cfg("configure terminal");
        c.cfg("wireless profile image-download default");
        c.cfg("image-download-mode sftp");
        c.cfg("sftp-image-server 127.0.0.1");
        c.cfg("sftp-image-path " + path);
        c.cfg("sftp-username tech");
        c.cfg("sftp-password 0 s3cret");
        c.cfg("exit");
        c.cfg("exit");
        if (syslogPort > 0) {
            c.cfg("logging host 127.0.0.1 transport udp port " + syslogPort);
        }
        c.priv("end");
    }

    @Test
    void downloadsEveryImageTypeOnceAndHandsItToEachAp() throws Exception {
        try (SshCli c = SshCli.enabled(ewc)) {
            configureSftp(c, "Documents/sftp_files/EWC_17_9_4a", syslog.port());
            assertThat(c.priv("ap image predownload")).doesNotContain("%");
            await().pollInSameThread()
                    .atMost(SshCli.WAIT)
                    .until(() -> c.priv("show wireless ewc-ap ap image predownload status")
                            .matches("(?s).*Predownloading +\\d+% .*"));
            await().pollInSameThread()
                    .atMost(SshCli.WAIT)
                    .until(() -> c.priv("show ap image").contains("Completed predownloading   : 7"));
            String image = c.priv("show ap image");
            assertThat(image)
                    .contains("Failed to Predownload      : 0")
                    .contains("Predownload in progress    : No")
                    .containsPattern(
                            "AP-9105-LOBBY +17\\.9\\.4\\.27 +17\\.12\\.1\\.5 +Complete +17\\.12\\.1\\.5 +N/A +0 +CAPWAP");
            String log = c.priv("show logging");
            for (String t : new String[] {"ap1g5", "ap1g6a", "ap1g8", "ap3g3"}) {
                String url = "sftp://*****@127.0.0.1/Documents/sftp_files/EWC_17_9_4a/" + t;
                assertThat(log)
                        .containsOnlyOnce("%INSTALL-5-INSTALL_START_INFO: Chassis 1 R0/0: install_engine: "
                                + "Started install add " + url + "\r\n");
                assertThat(log)
                        .containsOnlyOnce("%INSTALL-5-INSTALL_COMPLETED_INFO: Chassis 1 R0/0: install_engine: "
                                + "Completed install add " + url + "\r\n");
            }
            assertThat(log).doesNotContain("EWC_17_9_4a/ap1g7").doesNotContain("tech@");
            assertThat(log.split("AP Event: AP Image Download Success", -1)).hasSize(8);
            assertThat(sftp.logins).hasSize(4).allMatch(l -> l.equals("tech@127.0.0.1"));
            assertThat(c.priv("show wireless ewc-ap predownload status"))
                    .contains("Predownload Status: Complete\r\n\r\nPredownload Error: None");
            await().pollInSameThread()
                    .atMost(SshCli.WAIT)
                    .until(() -> syslog.lines.stream()
                                    .filter(l -> l.contains("AP Image Download Success"))
                                    .count()
                            == 7);
            assertThat(syslog.lines)
                    .anyMatch(
                            l -> l.matches(
                                    "<189>\\d+: \\*\\w{3} +\\d+ [\\d:.]+: %INSTALL-5-INSTALL_START_INFO: "
                                            + "Chassis 1 R0/0: install_engine: Started install add sftp://\\*\\*\\*\\*\\*@127\\.0\\.0\\.1/.*"));
            assertThat(syslog.senders).allMatch("127.0.0.1"::equals);
            assertThat(ewc.aps()).allMatch(a -> a.backup().equals("17.12.1.5"));
        }
    }

    @Test
    void wrongPathFailsThoseApsWithNoSuchFile() throws Exception {
        ewc.faults().inject(Fault.of(Fault.Kind.WRONG_PATH));
        try (SshCli c = SshCli.enabled(ewc)) {
            configureSftp(c, "Documents/sftp_files/EWC_17_9_4a", 0);
            c.priv("ap image predownload");
            await().pollInSameThread()
                    .atMost(SshCli.WAIT)
                    .until(() -> !c.priv("show ap image").contains("Predownload in progress    : Yes")
                            && c.priv("show ap image").contains("Failed to Predownload      : 5"));
            String log = c.priv("show logging");
            assertThat(log)
                    .contains("%INSTALL-3-OPERATION_ERROR_MESSAGE: Chassis 1 R0/0: install_engine: Failed to "
                            + "install_add package sftp://*****@127.0.0.1/Wrong-Path/ap1g8, Error: Failed to download file "
                            + "sftp://*****@127.0.0.1/Wrong-Path/ap1g8: No such file or directory");
            assertThat(log).contains("AP Event: AP Image Download Failed");
            // the controller's own type needs no server, so those two APs still complete
            assertThat(c.priv("show ap image")).contains("Completed predownloading   : 2");
            assertThat(c.priv("show wireless ewc-ap predownload status"))
                    .contains("Predownload Status: Failed")
                    .contains("No such file or directory");
        }
    }

    @Test
    void wrongPasswordIsReported() throws Exception {
        try (SshCli c = SshCli.enabled(ewc)) {
            configureSftp(c, "Documents/sftp_files/EWC_17_9_4a", 0);
            c.cfg("configure terminal");
            c.cfg("wireless profile image-download default");
            c.cfg("image-download-mode sftp");
            c.cfg("sftp-password 0 wrong");
            c.priv("end");
            c.priv("ap image predownload");
            await().pollInSameThread()
                    .atMost(SshCli.WAIT)
                    .until(() -> c.priv("show logging").contains("Error: Failed to download file"));
            assertThat(sftp.logins).isEmpty();
        }
    }
}
