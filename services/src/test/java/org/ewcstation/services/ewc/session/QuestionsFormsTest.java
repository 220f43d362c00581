package org.ewcstation.services.ewc.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.ewcstation.services.ewc.session.Question.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * IOS-XE's question forms (unicon.plugins' IOS-XE dialog patterns and genielibs' install mock transcripts show them)
 * recognised with their kind and default, wherever they stand: at the end, glued to a log line, under log lines a
 * terminal with {@code logging monitor} prints, after progress lines; and never in ordinary output.
 */
class QuestionsFormsTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "This operation may require a reload of the system. Do you want to proceed? [y/n/q]|YES_NO_QUIT|",
                "Configuration has been modified, you may save configuration and re-enter the command. [y/n/q]|YES_NO_QUIT|",
                "Are you sure you want to continue? (y/n)[y]: |YES_NO|y",
                "Are you sure you want to continue? (y/n)[y]|YES_NO|y",
                "Do you want to proceed with reload? (y/n): |YES_NO|",
                "Proceed? [yes,no]|YES_NO|",
                "Proceed? [yes, no]: |YES_NO|",
                "Do you want to continue? [y/n]? [yes]: |YES_NO|yes",
                "Delete the backup files? [yes]:|YES_NO|yes",
                "System configuration has been modified. Save? [yes/no]: |YES_NO|",
                "Are you sure you want to continue? [Y/N]|YES_NO|",
                "Do you want to proceed? (yes/no)|YES_NO|",
                "Proceed with reload? [confirm]|CONFIRM|",
                "Overwrite the previous NVRAM configuration?[confirm]|CONFIRM|",
                "Clear logging buffer [confirm]|CONFIRM|",
            })
    void markedFormsAreQuestionsAtOnceWithTheirKind(String line, Kind kind, String def) {
        Question q = Questions.find(line, 0, false);
        assertThat(q).isNotNull();
        assertThat(q.kind()).isEqualTo(kind);
        assertThat(q.text()).isEqualTo(line.strip());
        assertThat(q.defaultAnswer()).isEqualTo(def);
    }

    @Test
    void aQuestionFollowedByLogLinesStillWaits() {
        String out = "install_add: START Mon Dec  7 10:11:10 UTC 2026\r\n".replace("\r", "")
                + "System configuration has been modified, you may save configuration and re-enter the command. [y/n/q]\n"
                + "*Dec  7 10:11:12.123: %INSTALL-5-INSTALL_START_INFO: Chassis 1 R0/0: install_engine: Started install add\n"
                + "*Dec  7 10:11:12.456: %SYS-5-CONFIG_I: Configured from console by admin on vty0 (192.0.2.10)\n";
        Question q = Questions.find(out, 0, true);
        assertThat(q).isNotNull();
        assertThat(q.kind()).isEqualTo(Kind.YES_NO_QUIT);
        assertThat(q.text()).endsWith("re-enter the command. [y/n/q]");
        // the same text after a command that cannot ask: the question is not the last line, so not taken
        assertThat(Questions.find(out, 0, false)).isNull();
    }

    @Test
    void aLogLineGluedToTheQuestionIsCutOff() {
        String line =
                "Do you want to proceed? [y/n]*Dec  7 10:11:12.123: %INSTALL-5-INSTALL_START_INFO: Chassis 1 R0/0:";
        Question q = Questions.find(line, 0, true);
        assertThat(q).isNotNull();
        assertThat(q.text()).isEqualTo("Do you want to proceed? [y/n]");
        assertThat(q.decline()).isEqualTo("n\n");
    }

    @Test
    void aQuestionArrivingInTheMiddleOfProgressOutput() {
        String out = "install_activate: START Mon Dec  7 10:20:00 UTC 2026\n"
                + "install_activate: Activating PACKAGE\n"
                + "Following packages shall be activated:\n"
                + "/bootflash/C9800-AP-rpboot.17.12.04.SPA.pkg\n"
                + "This operation may require a reload of the system. Do you want to proceed? [y/n]";
        Question q = Questions.find(out, 0, true);
        assertThat(q).isNotNull();
        assertThat(q.kind()).isEqualTo(Kind.YES_NO);
        // answered: what follows is progress, no question any more
        assertThat(Questions.find("y\n--- Starting Activate ---\nPerforming Activate on all members\n", 10_000, true))
                .isNull();
    }

    @Test
    void aFinishedQuestionLineFollowedByProgressIsNotAQuestion() {
        String out = "Do you want to proceed? [y/n]y\n--- Starting Activate ---\n  [1] Activate package(s) on R0\n";
        assertThat(Questions.find(out, 60_000, true)).isNull();
        assertThat(Questions.find("Note: is this the right file?\n", 60_000, true))
                .isNull();
    }

    @Test
    void looseQuestionsNeedSilenceAndMayStandAboveLogLines() {
        String q = "Destination filename [startup-config]? ";
        assertThat(Questions.find(q, Questions.SILENCE_MS, true).kind()).isEqualTo(Kind.FREE);
        assertThat(Questions.find(q, Questions.SILENCE_MS, true).defaultAnswer())
                .isEqualTo("startup-config");
        assertThat(Questions.find(q, 0, true)).isNull();
        String withLog =
                q + "\n*Dec  7 10:11:12.123: %SYS-6-LOGGINGHOST_STARTSTOP: Logging to host 192.0.2.10 started\n";
        assertThat(Questions.find(withLog, Questions.SILENCE_MS, true)).isNotNull();
        assertThat(Questions.find(withLog, Questions.SILENCE_MS, false)).isNull();
    }

    @Test
    void logLinesAndOrdinaryOutputAreNotQuestions() {
        assertThat(Questions.find(
                        "*Dec  7 10:11:12.123: %INSTALL-5-INSTALL_START_INFO: Chassis 1 R0/0: [y/n]", 9000, true))
                .isNull();
        assertThat(Questions.find("Checking status of Add on [1/R0]\nAdd: Passed on [1/R0]\n", 9000, true))
                .isNull();
        assertThat(Questions.find("  [1/R0] Add package(s) on 1/R0", 9000, true))
                .isNull();
        assertThat(Questions.find("Building configuration...\n[OK]\n", 9000, true))
                .isNull();
    }

    @Test
    void declinesInTheQuestionsOwnTerms() {
        assertThat(Questions.find("Proceed with reload? [confirm]", 0, false).decline())
                .isEqualTo("n");
        assertThat(Questions.find("re-enter the command. [y/n/q]", 0, false).decline())
                .isEqualTo("q\n");
        assertThat(Questions.find("Save? [yes/no]: ", 0, false).decline()).isEqualTo("no\n");
        assertThat(Questions.find("Proceed? [yes,no]", 0, false).decline()).isEqualTo("no\n");
        assertThat(Questions.find("Proceed with reload? [confirm]", 0, false).typed(""))
                .isEqualTo("\n");
        assertThat(Questions.find("Save? [yes/no]: ", 0, false).typed("yes")).isEqualTo("yes\n");
    }

    @Test
    void questionsInASavedSessionWithTheirEchoedReplies() {
        String text = "9120-EWC#install add profile default\n"
                + "install_add: START Mon Dec  7 10:11:10 UTC 2026\n"
                + "System configuration has been modified, you may save configuration and re-enter the command. [y/n/q]q\n"
                + "FAILED: install_add : System configuration has been modified. Please save configuration and resubmit command.\n"
                + "9120-EWC#copy running-config startup-config\n"
                + "Destination filename [startup-config]?\n"
                + "Building configuration...\n"
                + "9120-EWC#reload\n"
                + "Proceed with reload? [confirm]\n";
        List<Questions.Asked> asked = Questions.inTranscript(text);
        assertThat(asked)
                .extracting(a -> a.question().kind())
                .containsExactly(Kind.YES_NO_QUIT, Kind.FREE, Kind.CONFIRM);
        assertThat(asked.get(0).reply()).isEqualTo("q");
        assertThat(asked.get(0).lineNumber()).isEqualTo(3);
        assertThat(asked.get(1).question().text()).isEqualTo("Destination filename [startup-config]?");
    }
}
