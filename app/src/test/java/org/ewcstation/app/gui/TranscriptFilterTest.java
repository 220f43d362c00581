package org.ewcstation.app.gui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The log pane keeps the commands that matter and drops each session's routine opening and the poller's reads. */
class TranscriptFilterTest {

    final TranscriptFilter f = new TranscriptFilter();
    static final String EWC = "192.0.2.10:22";

    @Test
    void aSessionsOpeningAndThePollersReadsStayOut() {
        assertThat(f.showReceived(EWC, "WLC-EWC>"))
                .as("the first prompt, before any command")
                .isFalse();
        assertThat(f.showSent(EWC, "enable")).isFalse();
        assertThat(f.showReceived(EWC, "Password:")).isFalse();
        assertThat(f.showSent(EWC, "*****")).isFalse();
        assertThat(f.showReceived(EWC, "WLC-EWC#")).isFalse();
        assertThat(f.showSent(EWC, "show ap image")).isFalse();
        assertThat(f.showReceived(EWC, "Total number of APs : 6")).isFalse();
        assertThat(f.showSent(EWC, "exit")).isFalse();
    }

    @Test
    void commandsThatChangeThingsAndTheirAnswersAreShownWithSecretsAsMasked() {
        f.showSent(EWC, "enable");
        assertThat(f.showSent(EWC, "configure terminal")).isTrue();
        assertThat(f.showReceived(EWC, "Enter configuration commands, one per line."))
                .isTrue();
        assertThat(f.showSent(EWC, "sftp-password 0 *****")).isTrue();
        assertThat(f.showSent(EWC, "ap image predownload")).isTrue();
        // a masked answer to a prompt of a shown command is shown too
        assertThat(f.showSent(EWC, "*****")).isTrue();
        // "exit" is routine but "exit-address-family"-like words are not cut by a prefix match
        assertThat(f.showSent(EWC, "enablement-check")).isTrue();
    }

    @Test
    void controllerErrorsAreAlwaysShownEvenAfterARoutineCommand() {
        f.showSent(EWC, "enable");
        assertThat(f.showReceived(EWC, "% Access denied")).isTrue();
        f.showSent(EWC, "show ap image");
        assertThat(f.showReceived(EWC, "% Invalid input detected at '^' marker."))
                .isTrue();
        assertThat(TranscriptFilter.error("% Error: no such AP")).isTrue();
    }

    @Test
    void eachControllerIsFollowedOnItsOwn() {
        f.showSent(EWC, "show ap image");
        f.showSent("192.0.2.11:22", "ap image swap");
        assertThat(f.showReceived(EWC, "AP Name ...")).isFalse();
        assertThat(f.showReceived("192.0.2.11:22", "Swap started")).isTrue();
    }
}
