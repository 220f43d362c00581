package org.ewcstation.services.ewc.session;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which last lines are questions: the marked ones at once, the loose ones only after silence, after a command that can ask. */
class QuestionsTest {

    @Test
    void iosMarkedQuestionsAreQuestionsAtOnce() {
        assertThat(Questions.isQuestion("Proceed with reload? [confirm]", 0, false))
                .isTrue();
        assertThat(Questions.isQuestion("System configuration has been modified. Save? [yes/no]: ", 0, false))
                .isTrue();
        assertThat(Questions.isQuestion("Do you want to proceed? [y/n]", 0, false))
                .isTrue();
    }

    @Test
    void looseQuestionsNeedSilenceAndACommandThatCanAsk() {
        String q = "Destination filename [startup-config]? ";
        assertThat(Questions.isQuestion(q, Questions.SILENCE_MS, true)).isTrue();
        assertThat(Questions.isQuestion(q, Questions.SILENCE_MS - 1, true)).isFalse();
        assertThat(Questions.isQuestion(q, 10_000, false)).isFalse();
        assertThat(Questions.isQuestion("Do you want to continue? (y/n)", 2000, true))
                .isTrue();
        assertThat(Questions.isQuestion("Enter the new name]: ", 2000, true)).isTrue();
    }

    @Test
    void outputThatPausesMidLineIsNotAQuestion() {
        assertThat(Questions.isQuestion(
                        "Sending 5, 100-byte ICMP Echos to 192.0.2.7, timeout is 2 seconds:", 5000, true))
                .isFalse();
        assertThat(Questions.isQuestion("...", 5000, true)).isFalse();
        assertThat(Questions.isQuestion("!!!!!", 5000, true)).isFalse();
        assertThat(Questions.isQuestion("", 5000, true)).isFalse();
    }

    @Test
    void theCommandsThatCanAsk() {
        assertThat(Questions.mayAsk("reload")).isTrue();
        assertThat(Questions.mayAsk("install activate")).isTrue();
        assertThat(Questions.mayAsk("copy running-config startup-config")).isTrue();
        assertThat(Questions.mayAsk("write memory")).isTrue();
        assertThat(Questions.mayAsk("ap image swap")).isTrue();
        assertThat(Questions.mayAsk("ping 192.0.2.7")).isFalse();
        assertThat(Questions.mayAsk("show ap image")).isFalse();
    }
}
