package org.ewcstation.services.power;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The command lines for logind and macOS, checked on any OS. */
class InhibitCommandsTest {

    @Test
    void logindBlocksSleepAndIdleForAsLongAsCatReadsOurPipe() {
        assertThat(InhibitCommands.logind("systemd-inhibit", "Serving images"))
                .containsExactly(
                        "systemd-inhibit",
                        "--what=sleep:idle",
                        "--who=EWC Station",
                        "--why=Serving images",
                        "--mode=block",
                        "cat");
    }

    @Test
    void caffeinatePreventsIdleSleepWhileOurProcessLives() {
        assertThat(InhibitCommands.caffeinate("/usr/bin/caffeinate", 4242))
                .containsExactly("/usr/bin/caffeinate", "-i", "-w", "4242");
    }

    @Test
    void eachOsGetsItsOwnWay() {
        assertThat(SleepInhibitors.forOs("Windows 11")).isInstanceOf(WindowsInhibitor.class);
        assertThat(SleepInhibitors.forOs("Mac OS X").name()).isEqualTo("caffeinate");
        assertThat(SleepInhibitors.forOs("Linux").name()).isEqualTo("logind");
        assertThat(SleepInhibitors.forOs("SunOS").hold("x")).isPresent();
    }
}
