package org.ewcstation.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import org.ewcstation.simulator.SimulatorSettings.Dialect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each injectable fault, seen the way a client sees it: over SSH, in show output and the log. */
class FaultsTest {

    @TempDir
    Path tmp;

    SftpFixture sftp;
    Path bundle;

    @BeforeEach
    void setUp() throws Exception {
        bundle = Images.bundle(tmp.resolve("home/img"));
        sftp = new SftpFixture(tmp.resolve("home"), "tech", "s3cret");
    }

    @AfterEach
    void tearDown() throws Exception {
        sftp.close();
    }

    private SimulatorBuilder sim() {
        return SimulatedEwc.builder()
                .dialect(Dialect.AP_IMAGE)
                .capwapPort(-1)
                .sftpPort(sftp.port())
                .bundleDir(bundle)
                .linkBytesPerSecond(1_000_000)
                .ownImageSize(200_000)
                .transferTimeout(Duration.ofMillis(300))
                .transferRetries(2)
                .apRebootTime(Duration.ofMillis(500))
                .retryDelay(Duration.ofMillis(700))
                .reloadTime(Duration.ofMillis(800));
    }

    @Test
    void unreachableTftpServerTimesOut() throws Exception {
        try (SimulatedEwc ewc = sim().fault(Fault.parse("unreachable"))
                        .transferTimeout(Duration.ofSeconds(2))
                        .start();
                SshCli c = SshCli.enabled(ewc)) {
            c.cfg("configure terminal");
            c.cfg("wireless profile image-download default");
            c.cfg("image-download-mode tftp");
            c.cfg("tftp-image-server 127.0.0.1");
            c.cfg("tftp-image-path /EWC/17_9_4a");
            c.priv("end");
            assertThat(c.priv("ping 127.0.0.1")).contains("Success rate is 0 percent (0/5)");
            c.priv("ap image predownload");
            // while the controller waits for the server, the APs needing a fetched image stay Initiated
            assertThat(c.priv("show ap image"))
                    .containsPattern("AP-9105-LOBBY +\\S+ +\\S+ +Initiated ")
                    .containsPattern("AP-1815-ROOM +\\S+ +\\S+ +Initiated ")
                    .contains("Predownload in progress    : Yes");
            assertThat(c.priv("show wireless ewc-ap predownload status")).contains("Predownload Status: In Progress");
            await().pollInSameThread()
                    .atMost(SshCli.WAIT)
                    .until(() -> c.priv("show ap image").contains("Failed to Predownload      : 5"));
            assertThat(c.priv("show logging"))
                    .contains("%INSTALL-3-OPERATION_ERROR_MESSAGE: Chassis 1 R0/0: "
                            + "install_engine: Failed to install_add package tftp://127.0.0.1/EWC/17_9_4a/ap1g8, Error: Failed to "
                            + "download file tftp://127.0.0.1/EWC/17_9_4a/ap1g8: Timed out");
            ewc.faults().clearAll();
            assertThat(c.priv("ping 127.0.0.1")).contains("Success rate is 100 percent (5/5)");
        }
    }

    @Test
    void slowLinkShowsPercentAndEtaAndCanBeAborted() throws Exception {
        try (SimulatedEwc ewc = sim().fault(Fault.parse("slow-link=20000")).start();
                SshCli c = SshCli.enabled(ewc)) {
            PredownloadSftpTest.configureSftp(c, "img", 0);
            c.priv("ap image predownload");
            assertThat(c.priv("ap image predownload")).contains("% Error: AP image predownload is already in progress");
            await().pollInSameThread()
                    .atMost(SshCli.WAIT)
                    .untilAsserted(() -> assertThat(c.priv("show wireless ewc-ap ap image predownload status"))
                            .containsPattern(
                                    "AP-9105-LOBBY +ap1g8 +Predownloading +\\d+% +\\d+ +311369 +00:00:\\d\\d +0 +N/A"));
            assertThat(c.priv("show ap image")).contains("Predownload in progress    : Yes");
            c.priv("ap image predownload abort");
            String after = c.priv("show ap image");
            assertThat(after).contains("Predownload in progress    : No").contains("Aborted");
            assertThat(c.priv("show wireless ewc-ap predownload status")).contains("Predownload Status: Aborted");
        }
    }

    @Test
    void apRebootingMidDownloadRejoinsAndIsRetried() throws Exception {
        try (SimulatedEwc ewc = sim().fault(Fault.parse("ap-reboot=AP-9105-LOBBY"))
                        .linkBytesPerSecond(300_000)
                        .start();
                SshCli c = SshCli.enabled(ewc)) {
            PredownloadSftpTest.configureSftp(c, "img", 0);
            c.priv("ap image predownload");
            await().pollInSameThread()
                    .atMost(SshCli.WAIT)
                    .until(() -> c.priv("show ap summary").contains("Number of APs: 6"));
            assertThat(c.priv("show ap summary")).doesNotContain("AP-9105-LOBBY");
            await().pollInSameThread()
                    .atMost(SshCli.WAIT)
                    .until(() -> c.priv("show ap image").contains("Completed predownloading   : 7"));
            assertThat(c.priv("show ap image"))
                    .containsPattern("AP-9105-LOBBY .* Complete +17\\.12\\.1\\.5 +N/A +1 +CAPWAP");
            String log = c.priv("show logging");
            assertThat(log)
                    .contains("AP Event: AP Name: AP-9105-LOBBY Mac: ")
                    .contains("Disjoined")
                    .contains("AP Event: AP Image Download Failed")
                    .containsPattern("AP-9105-LOBBY .*Ethernet MAC: \\S+ Joined");
        }
    }

    @Test
    void corruptedDownloadFailsItsAps() throws Exception {
        try (SimulatedEwc ewc = sim().fault(Fault.parse("corrupt")).start();
                SshCli c = SshCli.enabled(ewc)) {
            PredownloadSftpTest.configureSftp(c, "img", 0);
            c.priv("ap image predownload");
            await().pollInSameThread()
                    .atMost(SshCli.WAIT)
                    .until(() -> c.priv("show ap image").contains("Failed to Predownload      : 5"));
            assertThat(c.priv("show logging")).contains("sftp://*****@127.0.0.1/img/ap3g3: Image verification failed");
        }
    }

    @Test
    void refusedCommandAndDroppedSession() throws Exception {
        try (SimulatedEwc ewc = sim().fault(Fault.parse("refuse=ap image swap")).start()) {
            try (SshCli c = SshCli.enabled(ewc)) {
                assertThat(c.priv("ap image swap")).contains("% Error: Operation not allowed at this time");
                assertThat(ewc.aps()).allMatch(a -> a.primary().equals("17.9.4.27"));
                ewc.faults().inject(Fault.parse("drop-session=show ap image"));
                c.send("show ap image\r");
                assertThat(c.closedByServer()).isTrue();
                assertThat(c.screen()).doesNotContain("Total number of APs");
            }
            ewc.faults().clearAll();
            try (SshCli c = SshCli.enabled(ewc)) {
                ewc.dropSshSessions();
                assertThat(c.closedByServer()).isTrue();
            }
        }
    }

    @Test
    void swapResetAndReload() throws Exception {
        try (SimulatedEwc ewc = sim().start()) {
            try (SshCli c = SshCli.enabled(ewc)) {
                PredownloadSftpTest.configureSftp(c, "img", 0);
                c.priv("ap image predownload");
                await().pollInSameThread()
                        .atMost(SshCli.WAIT)
                        .until(() -> c.priv("show ap image").contains("Completed predownloading   : 7"));
                c.priv("ap image swap");
                assertThat(c.priv("show ap image"))
                        .containsPattern("AP-9130-WAREHOUSE +17\\.12\\.1\\.5 +17\\.9\\.4\\.27 ");
                c.priv("ap image reset");
                await().pollInSameThread()
                        .atMost(SshCli.WAIT)
                        .until(() -> c.priv("show ap summary").contains("Number of APs: 1\r\n"));
                await().pollInSameThread()
                        .atMost(SshCli.WAIT)
                        .until(() -> c.priv("show ap summary").contains("Number of APs: 7\r\n"));
                // the profile was configured and not saved: IOS offers to save it first
                c.send("reload\r").expect("System configuration has been modified\\. Save\\? \\[yes/no\\]: ");
                c.send("yes\r").expect("Proceed with reload\\? \\[confirm\\]");
                c.send("\r");
                assertThat(c.closedByServer()).isTrue();
            }
            AtomicBoolean sawDown = new AtomicBoolean();
            await().pollInSameThread().atMost(SshCli.WAIT).until(() -> {
                sawDown.compareAndSet(false, !ewc.sshUp());
                return sawDown.get() && ewc.sshUp();
            });
            try (SshCli c = SshCli.enabled(ewc)) {
                await().pollInSameThread()
                        .atMost(SshCli.WAIT)
                        .until(() -> c.priv("show ap summary").contains("Number of APs: 7\r\n"));
                assertThat(c.priv("show logging")).contains("Joined");
                assertThat(c.priv("show version")).contains("Version 17.12.1"); // the swap brought the new release
            }
        }
    }

    @Test
    void bundleVersionAndEnableSecretAreConfigurable() throws Exception {
        Files.writeString(bundle.resolve("version.info"), "17.15.3.12\n");
        try (SimulatedEwc ewc = sim().enableSecret("other").start();
                SshCli c = SshCli.enabled(ewc)) {
            assertThat(c.priv("show wireless ewc-ap ap image predownload status"))
                    .contains("Predownload Version  : 17.15.3.12");
        }
    }
}
