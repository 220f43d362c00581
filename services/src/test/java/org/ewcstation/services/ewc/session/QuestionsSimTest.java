package org.ewcstation.services.ewc.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.ewcstation.services.ewc.testing.SimFixture;
import org.ewcstation.simulator.Fault;
import org.ewcstation.simulator.SimulatedEwc;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Questions over real SSH: one the caller did not foresee stops the command at once with the controller's own words
 * (never a hang until the command timeout); a foreseen one is answered; a command that pauses mid-line (ping's dots)
 * is not taken for a question.
 */
class QuestionsSimTest {

    @TempDir
    static Path dir;

    static SimFixture fx;

    @BeforeAll
    static void fixture() {
        fx = new SimFixture(dir);
    }

    @AfterAll
    static void stop() {
        fx.close();
    }

    @Test
    void anUnforeseenFreeTextQuestionStopsTheCommandWithTheControllersWords() throws Exception {
        try (SimulatedEwc ewc = SimFixture.sim().start();
                EwcSession s = fx.login(ewc)) {
            long t0 = System.nanoTime();
            EwcException e = catchThrowableOfType(
                    EwcException.class,
                    () -> s.exec("copy running-config startup-config", Answers.NONE, Duration.ofSeconds(60)));
            assertThat(e.error()).isEqualTo(EwcError.CONFIRMATION_DECLINED);
            assertThat(e.controllerText()).contains("Destination filename [startup-config]?");
            assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(20));
            assertThat(s.exec("show clock")).isNotBlank(); // the session is usable afterwards

            String out = s.exec(
                    "copy running-config startup-config",
                    Answers.NONE.with("Destination filename", ""),
                    Duration.ofSeconds(30));
            assertThat(out).contains("[OK]");
        }
    }

    @Test
    void pingsDotsPausingMidLineAreNotAQuestion() throws Exception {
        try (SimulatedEwc ewc = SimFixture.sim()
                        .fault(Fault.of(Fault.Kind.UNREACHABLE))
                        .transferTimeout(Duration.ofMillis(1800))
                        .start();
                EwcSession s = fx.login(ewc)) {
            s.configure(List.of(
                    "wireless profile image-download default",
                    "image-download-mode tftp",
                    "tftp-image-server 192.0.2.77"));
            String out = s.exec("ping 192.0.2.77", Answers.NONE, Duration.ofSeconds(30));
            assertThat(out).contains(".....").contains("Success rate is 0 percent (0/5)");
        }
    }
}
