package org.ewcstation.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import org.ewcstation.simulator.SimulatorSettings.Dialect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The install dialect as a client meets it over SSH: {@code ?} offers its forms only, the other family's get the
 * caret, and {@code install activate} asks, saves when told to, reloads the controller onto the new release.
 */
class InstallDialectTest {

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

    private SimulatorBuilder sim(Dialect d) {
        return SimulatedEwc.builder()
                .dialect(d)
                .capwapPort(-1)
                .sftpPort(sftp.port())
                .bundleDir(bundle)
                .linkBytesPerSecond(2_000_000)
                .ownImageSize(200_000)
                .apRebootTime(Duration.ofMillis(500))
                .reloadTime(Duration.ofMillis(800));
    }

    @Test
    void helpOffersOnlyTheDialectsOwnForms() throws Exception {
        try (SimulatedEwc ewc = sim(Dialect.INSTALL).start();
                SshCli c = SshCli.enabled(ewc)) {
            c.send("install ?");
            String help = c.expect("WLC-EWC#install $");
            assertThat(help).contains("activate", "add", "abort", "commit");
            c.send("\u0015");
            assertThat(c.priv("ap image swap")).contains("% Invalid input detected at '^' marker.");
        }
        try (SimulatedEwc ewc = sim(Dialect.AP_IMAGE).start();
                SshCli c = SshCli.enabled(ewc)) {
            assertThat(c.priv("install activate")).contains("% Invalid input detected at '^' marker.");
        }
        try (SimulatedEwc ewc = sim(Dialect.NONE).start();
                SshCli c = SshCli.enabled(ewc)) {
            assertThat(c.priv("install add profile default")).contains("% Invalid input");
            assertThat(c.priv("ap image predownload")).contains("% Invalid input");
        }
    }

    @Test
    void addActivateCommitReloadsTheControllerOntoItsNewRelease() throws Exception {
        try (SimulatedEwc ewc = sim(Dialect.INSTALL).start()) {
            try (SshCli c = SshCli.enabled(ewc)) {
                PredownloadSftpTest.configureSftp(c, "img", 0);
                assertThat(c.priv("install add profile default")).doesNotContain("%");
                await().pollInSameThread()
                        .atMost(SshCli.WAIT)
                        .until(() -> c.priv("show ap image").contains("Completed predownloading   : 7"));
                assertThat(c.priv("show version")).contains("Version 17.9.4a");
                c.send("install activate\r")
                        .expect(
                                "This operation may require a reload of the system\\. Do you want to proceed\\? \\[y/n\\]");
                c.send("y\r").expect("Save\\? \\[yes/no\\]: ");
                c.send("yes\r");
                assertThat(c.closedByServer()).isTrue();
            }
            AtomicBoolean sawDown = new AtomicBoolean();
            await().pollInSameThread().atMost(SshCli.WAIT).until(() -> {
                sawDown.compareAndSet(false, !ewc.sshUp());
                return sawDown.get() && ewc.sshUp();
            });
            try (SshCli c = SshCli.enabled(ewc)) {
                assertThat(c.priv("show version")).contains("Version 17.12.1");
                await().pollInSameThread()
                        .atMost(SshCli.WAIT)
                        .until(() -> c.priv("show ap summary").contains("Number of APs: 7\r\n"));
                assertThat(c.priv("show ap image"))
                        .containsPattern("AP-9130-WAREHOUSE +17\\.12\\.1\\.5 +17\\.9\\.4\\.27 ");
                assertThat(c.priv("install commit")).contains("install_commit: SUCCESS");
                // saved before the reload: the profile survived it
                assertThat(c.priv("show running-config | section image-download"))
                        .contains("sftp-image-path img");
            }
        }
    }

    @Test
    void aReloadThatWasToldNotToSaveLosesTheUnsavedProfile() throws Exception {
        try (SimulatedEwc ewc = sim(Dialect.INSTALL).start()) {
            try (SshCli c = SshCli.enabled(ewc)) {
                PredownloadSftpTest.configureSftp(c, "img", 0);
                c.send("reload\r").expect("Save\\? \\[yes/no\\]: ");
                c.send("no\r").expect("Proceed with reload\\? \\[confirm\\]");
                c.send("\r");
                assertThat(c.closedByServer()).isTrue();
            }
            AtomicBoolean sawDown = new AtomicBoolean();
            await().pollInSameThread().atMost(SshCli.WAIT).until(() -> {
                sawDown.compareAndSet(false, !ewc.sshUp());
                return sawDown.get() && ewc.sshUp();
            });
            try (SshCli c = SshCli.enabled(ewc)) {
                assertThat(c.priv("show running-config | section image-download"))
                        .doesNotContain("sftp-image-path");
                assertThat(c.priv("show version")).contains("Version 17.9.4a"); // nothing was activated
            }
        }
    }
}
