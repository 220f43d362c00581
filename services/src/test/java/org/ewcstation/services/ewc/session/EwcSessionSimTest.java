package org.ewcstation.services.ewc.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.ewcstation.services.ewc.model.ApImageReport;
import org.ewcstation.services.ewc.model.VersionInfo;
import org.ewcstation.services.ewc.parse.Parsed;
import org.ewcstation.services.ewc.parse.ShowApImageParser;
import org.ewcstation.services.ewc.parse.ShowVersionParser;
import org.ewcstation.services.ewc.testing.SimFixture;
import org.ewcstation.simulator.SimulatedEwc;
import org.ewcstation.simulator.SimulatorSettings.Dialect;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CLI session against the simulated EWC over real SSH on loopback. */
class EwcSessionSimTest {

    @TempDir
    static Path dir;

    static SimulatedEwc ewc;
    static SimFixture fx;

    @BeforeAll
    static void start() {
        ewc = SimFixture.sim().dialect(Dialect.AP_IMAGE).aps(7).start();
        fx = new SimFixture(dir);
    }

    @AfterAll
    static void stop() {
        fx.close();
        ewc.close();
    }

    @Test
    void logsInLearnsTheHostnameEnablesAndParsesShowOutput() throws Exception {
        try (EwcSession s = fx.login(ewc)) {
            assertThat(s.hostname()).isEqualTo("WLC-EWC");
            assertThat(s.mode()).isEqualTo(CliMode.PRIVILEGED);
            Parsed<VersionInfo> v = new ShowVersionParser().parse(s.exec("show version"));
            assertThat(v.problems()).isEmpty();
            assertThat(v.value().hostname()).isEqualTo("WLC-EWC");
            assertThat(v.value().ewc()).isTrue();
            assertThat(v.value().serial()).isEqualTo("FGL2331L0WX");
            assertThat(v.value().model()).startsWith("C9");
            assertThat(v.value().tftpPort()).isEqualTo(69);
            Parsed<ApImageReport> img = new ShowApImageParser().parse(s.exec("show ap image"));
            assertThat(img.problems()).isEmpty();
            assertThat(img.value().aps()).hasSize(7);
            assertThat(img.value().totalAps()).isEqualTo(7);
        }
        String t = fx.transcriptText();
        assertThat(t).contains("WLC-EWC#").contains("show ap image").contains("*****");
        assertThat(t).doesNotContain(SimFixture.PASSWORD);
    }

    @Test
    void invalidInputKeepsTheCommandTheWordsAndTheCaret() throws Exception {
        try (EwcSession s = fx.login(ewc)) {
            EwcException e = catchThrowableOfType(EwcException.class, () -> s.exec("show ap imagx"));
            assertThat(e.error()).isEqualTo(EwcError.INVALID_INPUT);
            assertThat(e.command()).isEqualTo("show ap imagx");
            assertThat(e.controllerText()).contains("% Invalid input detected at '^' marker.");
            assertThat(e.caret()).isBetween("show ap ".length(), "show ap imagx".length() - 1);
            EwcException inc = catchThrowableOfType(EwcException.class, () -> s.exec("show ap"));
            assertThat(inc.error()).isEqualTo(EwcError.INCOMPLETE_COMMAND);
            EwcException amb = catchThrowableOfType(EwcException.class, () -> s.exec("c"));
            assertThat(amb.error()).isEqualTo(EwcError.AMBIGUOUS_COMMAND);
            assertThat(amb.controllerText()).contains("Ambiguous");
            // the session is still usable after errors
            assertThat(s.exec("show clock")).isNotBlank();
            assertThat(s.mode()).isEqualTo(CliMode.PRIVILEGED);
        }
    }

    @Test
    void pagingIsHandledWhenTheControllerPagesAnyway() throws Exception {
        try (EwcSession s = fx.login(ewc)) {
            s.exec("terminal length 6");
            Parsed<ApImageReport> img = new ShowApImageParser().parse(s.exec("show ap image"));
            assertThat(img.problems()).isEmpty();
            assertThat(img.value().aps()).hasSize(7);
        }
    }

    @Test
    void questionsAreDeclinedUnlessTheCallerAllowsThem() throws Exception {
        try (EwcSession s = fx.login(ewc)) {
            EwcException e = catchThrowableOfType(EwcException.class, () -> s.exec("reload"));
            assertThat(e.error()).isEqualTo(EwcError.CONFIRMATION_DECLINED);
            assertThat(e.controllerText()).contains("Proceed with reload? [confirm]");
            assertThat(ewc.sshUp()).isTrue();
            assertThat(s.exec("show clock")).isNotBlank();
            s.exec("clear logging", Answers.confirm("Clear logging"), Duration.ofSeconds(20));
            assertThat(s.mode()).isEqualTo(CliMode.PRIVILEGED);
        }
    }

    @Test
    void contextHelpNeverExecutesAndLeavesAClearLine() throws Exception {
        try (EwcSession s = fx.login(ewc)) {
            ContextHelp h = s.help("ap image predownload");
            assertThat(h.supported()).isTrue();
            assertThat(h.offers("abort")).isTrue();
            ContextHelp bad = s.help("ap image frobnicate");
            assertThat(bad.supported()).isFalse();
            assertThat(bad.error()).startsWith("%");
            // nothing was started and the next command runs on a clean line
            ApImageReport r =
                    new ShowApImageParser().parse(s.exec("show ap image")).value();
            assertThat(r.counts().predownloadInProgress()).isFalse();
            assertThat(r.counts().initiated()).isZero();
        }
    }

    @Test
    void configureTracksModesAndReturnsToExec() throws Exception {
        try (EwcSession s = fx.login(ewc)) {
            s.configure(List.of("wireless profile image-download default", "image-download-mode tftp"));
            assertThat(s.mode()).isEqualTo(CliMode.PRIVILEGED);
            EwcException e = catchThrowableOfType(
                    EwcException.class,
                    () -> s.configure(List.of(
                            "wireless profile image-download default",
                            "image-download-mode tftp",
                            "tftp-image-server not-an-ip")));
            assertThat(e.error()).isEqualTo(EwcError.INVALID_INPUT);
            assertThat(e.command()).isEqualTo("tftp-image-server not-an-ip");
            assertThat(s.mode()).isEqualTo(CliMode.PRIVILEGED);
        }
    }

    @Test
    void aWrongPasswordIsReportedAsSuchNotAsATimeout() {
        EwcException e = catchThrowableOfType(
                EwcException.class,
                () -> fx.connector.connect(
                        SimFixture.endpoint(ewc),
                        new EwcCredentials(SimFixture.USER, "wrong-password"),
                        TranscriptListener.NONE));
        assertThat(e.error()).isEqualTo(EwcError.AUTH_FAILED);
        assertThat(e.getMessage()).doesNotContain("wrong-password");
    }

    @Test
    void keyboardInteractiveLoginWorksAndAWrongAnswerIsAnAuthFailure() throws Exception {
        EwcConnector ki =
                new EwcConnector(fx.trust, SessionSettings.DEFAULTS.withPreferredAuths("keyboard-interactive"));
        try (EwcSession s = ki.connect(
                SimFixture.endpoint(ewc),
                new EwcCredentials(SimFixture.USER, SimFixture.PASSWORD, SimFixture.PASSWORD),
                TranscriptListener.NONE)) {
            assertThat(s.mode()).isEqualTo(CliMode.PRIVILEGED);
        }
        EwcException e = catchThrowableOfType(
                EwcException.class,
                () -> ki.connect(
                        SimFixture.endpoint(ewc), new EwcCredentials(SimFixture.USER, "bad"), TranscriptListener.NONE));
        assertThat(e.error()).isEqualTo(EwcError.AUTH_FAILED);
    }

    @Test
    void aClosedPortIsAConnectFailure() throws Exception {
        int port;
        try (var ss = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = ss.getLocalPort();
        }
        int closed = port;
        assertThatThrownBy(() -> fx.connector.connect(
                        new EwcEndpoint("127.0.0.1", closed), new EwcCredentials("u", "p"), TranscriptListener.NONE))
                .isInstanceOfSatisfying(
                        EwcException.class, e -> assertThat(e.error()).isEqualTo(EwcError.CONNECTION_REFUSED));
    }
}
