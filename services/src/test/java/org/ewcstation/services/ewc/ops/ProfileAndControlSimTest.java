package org.ewcstation.services.ewc.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.ewcstation.i18n.Msg;
import org.ewcstation.services.ewc.dialect.ActionForm;
import org.ewcstation.services.ewc.dialect.ActionRunner;
import org.ewcstation.services.ewc.dialect.ControllerDialect;
import org.ewcstation.services.ewc.dialect.DialectProbe;
import org.ewcstation.services.ewc.dialect.Family;
import org.ewcstation.services.ewc.dialect.UpgradeAction;
import org.ewcstation.services.ewc.model.DownloadMode;
import org.ewcstation.services.ewc.model.ImageDownloadProfile;
import org.ewcstation.services.ewc.model.PingResult;
import org.ewcstation.services.ewc.model.PredownloadPhase;
import org.ewcstation.services.ewc.poll.ApSnapshotReader;
import org.ewcstation.services.ewc.session.EwcError;
import org.ewcstation.services.ewc.session.EwcException;
import org.ewcstation.services.ewc.session.EwcSession;
import org.ewcstation.services.ewc.testing.SimFixture;
import org.ewcstation.simulator.Fault;
import org.ewcstation.simulator.SimulatedEwc;
import org.ewcstation.simulator.SimulatorSettings.Dialect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Profile push + read-back and the AP image commands against the simulated EWC over real SSH. */
class ProfileAndControlSimTest {

    @TempDir
    Path dir;

    SimFixture fx;
    final ImageDownloadProfiles profiles = new ImageDownloadProfiles();
    final ActionRunner control = new ActionRunner(Duration.ofSeconds(30));

    @BeforeEach
    void store() {
        fx = new SimFixture(dir);
    }

    @AfterEach
    void close() {
        fx.close();
    }

    @Test
    void tftpPushIsVerifiedAndASecondPushSendsNothing() throws Exception {
        try (SimulatedEwc ewc = SimFixture.sim().dialect(Dialect.AP_IMAGE).start();
                EwcSession s = fx.login(ewc)) {
            PushResult r = profiles.push(s, ProfileRequest.tftp("192.0.2.10", "/EWC/17_12_1"));
            assertThat(r.ok()).as("%s", r.problems()).isTrue();
            assertThat(r.sent())
                    .containsExactly(
                            "wireless profile image-download default",
                            "image-download-mode tftp",
                            "tftp-image-server 192.0.2.10",
                            "tftp-image-path /EWC/17_12_1");
            ImageDownloadProfile p = r.readBack();
            assertThat(p.mode()).isEqualTo(DownloadMode.TFTP);
            assertThat(p.tftpServer()).isEqualTo("192.0.2.10");
            assertThat(p.tftpPath()).isEqualTo("/EWC/17_12_1");
            assertThat(profiles.read(s, "default")).isEqualTo(p);
            PushResult again = profiles.push(s, ProfileRequest.tftp("192.0.2.10", "/EWC/17_12_1"));
            assertThat(again.ok()).isTrue();
            assertThat(again.sent()).isEmpty();
            PushResult pathOnly = profiles.push(s, ProfileRequest.tftp("192.0.2.10", "/EWC/17_12_2"));
            assertThat(pathOnly.sent())
                    .containsExactly(
                            "wireless profile image-download default",
                            "image-download-mode tftp",
                            "tftp-image-path /EWC/17_12_2");
            assertThat(pathOnly.readBack().tftpPath()).isEqualTo("/EWC/17_12_2");
        }
    }

    @Test
    void sftpPushIsVerifiedAndThePasswordNeverShows() throws Exception {
        String secret = "S3cret-Sftp-Pw";
        try (SimulatedEwc ewc = SimFixture.sim().dialect(Dialect.AP_IMAGE).start();
                EwcSession s = fx.login(ewc)) {
            PushResult r = profiles.push(
                    s, ProfileRequest.sftp("192.0.2.20", "Documents/sftp_files/EWC_17_12", "tech", secret));
            assertThat(r.ok()).as("%s", r.problems()).isTrue();
            ImageDownloadProfile p = r.readBack();
            assertThat(p.mode()).isEqualTo(DownloadMode.SFTP);
            assertThat(p.sftpServer()).isEqualTo("192.0.2.20");
            assertThat(p.sftpPath()).isEqualTo("Documents/sftp_files/EWC_17_12");
            assertThat(p.sftpUser()).isEqualTo("tech");
            assertThat(p.sftpPasswordSet()).isTrue();
            assertThat(r.sent()).contains("sftp-password 0 *****").noneMatch(l -> l.contains(secret));
            assertThat(fx.transcriptText()).contains("sftp-password 0 *****").doesNotContain(secret);
        }
    }

    @Test
    void aRefusedLineStopsThePushAndTheStateIsReadBack() throws Exception {
        try (SimulatedEwc ewc = SimFixture.sim()
                        .dialect(Dialect.AP_IMAGE)
                        .without("sftp-username")
                        .start();
                EwcSession s = fx.login(ewc)) {
            PushResult r = profiles.push(s, ProfileRequest.sftp("192.0.2.20", "images", "tech", "pw123456"));
            assertThat(r.ok()).isFalse();
            assertThat(r.refusal().error()).isEqualTo(EwcError.INVALID_INPUT);
            assertThat(r.refusal().command()).isEqualTo("sftp-username tech");
            assertThat(r.refusal().controllerText()).contains("% Invalid input detected");
            // lines before the refusal were applied, the ones after were not sent
            assertThat(r.readBack().sftpServer()).isEqualTo("192.0.2.20");
            assertThat(r.readBack().sftpPasswordSet()).isFalse();
            assertThat(s.mode().config()).isFalse();
        }
    }

    @Test
    void aPortTheProfileCannotTakeIsRefusedBeforeAnythingIsSent() throws Exception {
        try (SimulatedEwc ewc = SimFixture.sim()
                        .dialect(Dialect.AP_IMAGE)
                        .without("sftp-image-port <1-65535>")
                        .start();
                EwcSession s = fx.login(ewc)) {
            profiles.push(s, ProfileRequest.tftp("192.0.2.10", "/img"));
            InvalidRequestException e = catchThrowableOfType(
                    InvalidRequestException.class,
                    () -> profiles.push(
                            s,
                            ProfileRequest.sftp("192.0.2.20", "images", "tech", "pw123456")
                                    .withSftpPort(2222)));
            assertThat(e.msg()).isEqualTo(Msg.of("ewc.profile.noPortKeyword", "2222"));
            // probed with ? inside the profile, its mode set back: still the TFTP profile, no SFTP field sent
            var after = profiles.read(s, "default");
            assertThat(after.mode()).isEqualTo(DownloadMode.TFTP);
            assertThat(after.tftpServer()).isEqualTo("192.0.2.10");
            assertThat(after.sftpServer()).isNull();
            assertThat(fx.transcriptText())
                    .contains("sftp-image-port ?")
                    .doesNotContain("sftp-image-server 192.0.2.20");
        }
    }

    @Test
    void aPortTheProfileKnowsIsSentLastAfterTheCredentials() throws Exception {
        try (SimulatedEwc ewc = SimFixture.sim().dialect(Dialect.AP_IMAGE).start();
                EwcSession s = fx.login(ewc)) {
            PushResult r = profiles.push(
                    s,
                    ProfileRequest.sftp("192.0.2.20", "images", "tech", "pw123456")
                            .withSftpPort(2222));
            assertThat(r.ok()).as(r.problems().toString()).isTrue();
            assertThat(r.sent()).endsWith("sftp-password 0 *****", "sftp-image-port 2222");
            // read back and verified: the port the controller will connect to
            assertThat(r.readBack().sftpPort()).isEqualTo(2222);
            assertThat(fx.transcriptText()).contains("show running-config all | section image-download");
        }
    }

    @Test
    void aProfileWithNoModeIsLeftWithNoneWhenThePortProbeFails() throws Exception {
        try (SimulatedEwc ewc = SimFixture.sim()
                        .dialect(Dialect.AP_IMAGE)
                        .without("sftp-image-port <1-65535>")
                        .start();
                EwcSession s = fx.login(ewc)) {
            assertThat(profiles.read(s, "default").mode()).isNull();
            assertThatThrownBy(() -> profiles.push(
                            s,
                            ProfileRequest.sftp("192.0.2.20", "images", "tech", "pw123456")
                                    .withSftpPort(2222)))
                    .isInstanceOf(InvalidRequestException.class);
            // entering the SFTP sub-mode to ask set the mode: the probe takes it away again
            assertThat(profiles.read(s, "default").mode()).isNull();
            assertThat(fx.transcriptText()).contains("no image-download-mode");
        }
    }

    @Test
    void aWrongPortReadBackIsAMismatch() {
        var wanted = ProfileRequest.sftp("192.0.2.20", "images", "tech", null).withSftpPort(2222);
        var shown = new ImageDownloadProfile(
                "default", DownloadMode.SFTP, null, null, "192.0.2.20", "images", "tech", false, null, null);
        assertThat(ImageDownloadProfiles.verify(shown, wanted))
                .containsExactly(Msg.of("ewc.profile.mismatch", "sftp-image-port", "2222", "22"));
    }

    @Test
    void valuesThatWouldChangeTheCommandAreRefusedBeforeTyping() throws Exception {
        try (SimulatedEwc ewc = SimFixture.sim().dialect(Dialect.AP_IMAGE).start();
                EwcSession s = fx.login(ewc)) {
            assertThatThrownBy(() -> profiles.push(s, ProfileRequest.tftp("192.0.2.10", "/a b\nreload")))
                    .isInstanceOf(InvalidRequestException.class);
            assertThatThrownBy(() -> profiles.push(s, ProfileRequest.tftp("192.0.2.10", "/path?")))
                    .isInstanceOf(InvalidRequestException.class);
            assertThat(profiles.read(s, "default").mode()).isNull();
        }
    }

    @Test
    void startIsCheckedWithHelpAndARefusalKeepsTheControllersWords() throws Exception {
        try (SimulatedEwc ewc = SimFixture.sim()
                        .dialect(Dialect.AP_IMAGE)
                        .fault(Fault.of(Fault.Kind.REFUSE))
                        .start();
                EwcSession s = fx.login(ewc)) {
            EwcException e = catchThrowableOfType(
                    EwcException.class,
                    () -> control.perform(s, Family.AP_IMAGE.forms().get(UpgradeAction.START)));
            assertThat(e.error()).isEqualTo(EwcError.COMMAND_REJECTED);
            assertThat(e.command()).isEqualTo("ap image predownload");
            assertThat(e.controllerText()).contains("% Error");
        }
    }

    @Test
    void aCommandTheReleaseLacksIsNotSupportedAndNeverSent() throws Exception {
        try (SimulatedEwc ewc = SimFixture.sim()
                        .dialect(Dialect.AP_IMAGE)
                        .without("ap image swap")
                        .start();
                EwcSession s = fx.login(ewc)) {
            ControllerDialect d = new DialectProbe(List.of(Family.AP_IMAGE)).probe(s);
            assertThat(d.form(UpgradeAction.START)).isPresent();
            assertThat(d.form(UpgradeAction.ACTIVATE_APS)).isEmpty();
            assertThat(d.canActivate()).isFalse();
            assertThat(d.unavailable(UpgradeAction.ACTIVATE_APS).args()).contains("ap image swap ; ap image reset");
            assertThat(fx.transcript).noneMatch(t -> t.equals(">ap image swap"));
            assertThat(s.exec("show clock")).isNotBlank();
        }
    }

    @Test
    void startThenAbortAPredownloadThatIsWaitingOnItsServer() throws Exception {
        try (SimulatedEwc ewc = SimFixture.sim()
                        .dialect(Dialect.AP_IMAGE)
                        .aps(4)
                        .fault(Fault.of(Fault.Kind.UNREACHABLE))
                        .transferTimeout(Duration.ofSeconds(30))
                        .start();
                EwcSession s = fx.login(ewc)) {
            assertThat(profiles.push(s, ProfileRequest.tftp("127.0.0.1", "/img"))
                            .ok())
                    .isTrue();
            control.perform(s, Family.AP_IMAGE.forms().get(UpgradeAction.START));
            var reader = new ApSnapshotReader(Clock.systemUTC());
            assertThat(reader.read(s).downloadInProgress()).isTrue();
            control.perform(s, Family.AP_IMAGE.forms().get(UpgradeAction.ABORT));
            var after = reader.read(s);
            assertThat(after.downloadInProgress()).isFalse();
            assertThat(after.aps()).anyMatch(a -> a.phase() == PredownloadPhase.ABORTED);
            assertThat(after.predownload().status()).isEqualTo("Aborted");
        }
    }

    @Test
    void reloadIsConfirmedOnlyWhenAsked() throws Exception {
        try (SimulatedEwc ewc = SimFixture.sim()
                        .dialect(Dialect.AP_IMAGE)
                        .reloadTime(Duration.ofSeconds(30))
                        .start();
                EwcSession s = fx.login(ewc)) {
            EwcException e = catchThrowableOfType(
                    EwcException.class,
                    () -> control.perform(s, ActionForm.of(UpgradeAction.ACTIVATE_CONTROLLER, "reload")));
            assertThat(e.error()).isEqualTo(EwcError.CONFIRMATION_DECLINED);
            assertThat(ewc.sshUp()).isTrue();
        }
    }

    @Test
    void pingFromTheController() throws Exception {
        try (SimulatedEwc ewc = SimFixture.sim().dialect(Dialect.AP_IMAGE).start();
                EwcSession s = fx.login(ewc)) {
            PingResult r = new ControllerPing(Duration.ofSeconds(30)).ping(s, "127.0.0.1");
            assertThat(r.sent()).isEqualTo(5);
            assertThat(r.successPercent()).isEqualTo(100);
            assertThat(r.reachable()).isTrue();
            assertThatThrownBy(() -> new ControllerPing(Duration.ofSeconds(5)).ping(s, "1.2.3.4; reload"))
                    .isInstanceOf(InvalidRequestException.class);
        }
    }
}
