package org.ewcstation.services.ewc.session;

import static org.assertj.core.api.Assertions.assertThat;

import org.ewcstation.services.ewc.parse.TerminalText;
import org.junit.jupiter.api.Test;

/** Pure helpers of the session: pty text cleaning, prompt recognition, secret masking, output cutting. */
class TerminalTextAndMaskingTest {

    @Test
    void cleaningAppliesBackspacesDropsAnsiAndPagerMarks() {
        assertThat(TerminalText.clean("abc\b\bX\r\n")).isEqualTo("aX\n");
        assertThat(TerminalText.clean("\u001B[K\u001B[2Jline one  \r\nline two"))
                .isEqualTo("line one\nline two");
        String more = "row 1\r\n --More-- \b\b\b\b\b\b\b\b\b\b          \b\b\b\b\b\b\b\b\b\brow 2\r\n";
        assertThat(TerminalText.clean(more)).isEqualTo("row 1\nrow 2\n");
        // Ctrl-U erasure as IOS echoes it
        assertThat(TerminalText.clean("WLC#ap image " + "\b \b".repeat(9))).isEqualTo("WLC#");
    }

    @Test
    void oscAndCsiSequencesAreRemovedLiveAndSaved() {
        String hostile = "AP1\u001B]52;c;ZWNobyBoaQ==\u0007 \u001B]0;title\u001B\\up\u001B[?25l\u001B[1;31mred\n";
        assertThat(TerminalText.clean(hostile)).isEqualTo("AP1 upred\n");
        assertThat(TerminalText.cleanSaved(hostile)).isEqualTo("AP1 upred\n");
    }

    @Test
    void promptsAndModes() {
        Prompt p = new Prompt();
        assertThat(p.find("banner\nWLC-EWC>"))
                .extracting(Prompt.Match::host, Prompt.Match::mode)
                .containsExactly("WLC-EWC", CliMode.USER);
        p.learn("WLC-EWC");
        assertThat(p.find("x\nWLC-EWC#").mode()).isEqualTo(CliMode.PRIVILEGED);
        assertThat(p.find("WLC-EWC(config)#").mode()).isEqualTo(CliMode.GLOBAL_CONFIG);
        assertThat(p.find("WLC-EWC(config-wireless-image-download-profile-tftp)#")
                        .mode()
                        .submode())
                .isEqualTo("wireless-image-download-profile-tftp");
        assertThat(p.find("OTHER-BOX#")).isNull();
        assertThat(p.find("WLC-EWC#show ap")).isNull(); // a typed line is not a prompt
        assertThat(p.find("Number of APs: 3\n")).isNull();
        Prompt longHost = new Prompt();
        longHost.learn("A-VERY-LONG-CONTROLLER-NAME");
        assertThat(longHost.find("A-VERY-LONG-CONTR(config)#")).isNotNull(); // IOS shortens config prompts
    }

    @Test
    void secretsAreMaskedWhereverTheyAppear() {
        SecretMasker m = new SecretMasker();
        m.add("Sup3r$ecret");
        assertThat(m.mask("sftp-password 0 Sup3r$ecret")).isEqualTo("sftp-password 0 *****");
        assertThat(m.mask("echo Sup3r$ecret twice Sup3r$ecret")).isEqualTo("echo ***** twice *****");
        assertThat(m.mask(" sftp-password 7 0822455D0A16")).isEqualTo(" sftp-password 7 *****");
        assertThat(m.mask("enable secret 9 $9$abc")).isEqualTo("enable secret 9 *****");
        assertThat(m.mask("the password is wrong")).isEqualTo("the password is wrong");
        assertThat(new EwcCredentials("u", "pw", "en").toString())
                .doesNotContain("pw")
                .doesNotContain("en]");
    }

    @Test
    void outputBodyLosesEchoAndPrompt() {
        assertThat(CommandOutput.body("show clock\n*10:00:00 UTC\nWLC#", "show clock", "WLC#"))
                .isEqualTo("*10:00:00 UTC");
        assertThat(CommandOutput.body("terminal length 0\nWLC>", "terminal length 0", "WLC>"))
                .isEmpty();
    }

    @Test
    void answersMatchTheirQuestionOnly() {
        Answers a = Answers.confirm("reload");
        assertThat(a.answerFor("Proceed with reload? [confirm]")).isEqualTo("");
        assertThat(a.answerFor("Clear logging buffer [confirm]")).isNull();
        assertThat(Answers.NONE.answerFor("Proceed with reload? [confirm]")).isNull();
    }
}
