package org.ewcstation.services.ewc.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.ewcstation.services.ewc.model.ApImageReport;
import org.ewcstation.services.ewc.model.ApSummary;
import org.ewcstation.services.ewc.model.PredownloadState;
import org.ewcstation.services.ewc.model.VersionInfo;
import org.ewcstation.services.ewc.testing.ResourceText;
import org.junit.jupiter.api.Test;

/** Saved terminal sessions: prompt and command lines, several commands per file, pager remnants. */
class TerminalCaptureTest {

    @Test
    void aPuttyLogOfAllOutputSplitsIntoItsCommands() {
        List<TerminalCapture.Segment> s = TerminalCapture.split(ResourceText.text("terminal/putty-all-output.log"));
        assertThat(s)
                .extracting(TerminalCapture.Segment::command)
                .containsExactly(null, "en", "show ap summary", "sh ap im", "show version");
        assertThat(s)
                .extracting(TerminalCapture.Segment::kind)
                .containsExactly(
                        null, null, OutputKind.SHOW_AP_SUMMARY, OutputKind.SHOW_AP_IMAGE, OutputKind.SHOW_VERSION);
        assertThat(s.get(2).host()).isEqualTo("9120-EWC");

        Parsed<?> summary = s.get(2).kind().parse(s.get(2).output());
        assertThat(summary.problems()).isEmpty();
        assertThat(((ApSummary) summary.value()).aps()).hasSize(3);

        Parsed<?> image = s.get(3).kind().parse(s.get(3).output());
        assertThat(image.problems())
                .as("the pager's erased --More-- leaves no trace")
                .isEmpty();
        ApImageReport r = (ApImageReport) image.value();
        assertThat(r.aps())
                .extracting(a -> a.name() + " " + a.method())
                .containsExactly("9120-EWC CAPWAP", "AP-LOBBY-2800 SFTP", "AP-OFFICE-9105 TFTP");

        VersionInfo v = (VersionInfo) s.get(4).kind().parse(s.get(4).output()).value();
        assertThat(v.ewc()).isTrue();
        assertThat(v.version()).isEqualTo("17.9.4a");
    }

    @Test
    void printableOutputKeepsMoreRemnantsBeforeTheRows() {
        List<TerminalCapture.Segment> s = TerminalCapture.split(ResourceText.text("terminal/printable-output.txt"));
        assertThat(s)
                .extracting(TerminalCapture.Segment::command)
                .containsExactly("show ap image", "show wireless ewc-ap predownload status", "exit");
        Parsed<?> image = s.get(0).kind().parse(s.get(0).output());
        assertThat(image.problems()).isEmpty();
        assertThat(((ApImageReport) image.value()).aps()).hasSize(3);
        PredownloadState st =
                (PredownloadState) s.get(1).kind().parse(s.get(1).output()).value();
        assertThat(st.status()).isEqualTo("Predownloading");
        assertThat(s.get(2).output()).isEmpty();
    }

    @Test
    void textWithoutPromptsIsOneSegmentWhoseKindComesFromItsContent() {
        List<TerminalCapture.Segment> s = TerminalCapture.split(ResourceText.text("terminal/version-only.txt"));
        assertThat(s).singleElement().satisfies(x -> {
            assertThat(x.command()).isNull();
            assertThat(x.kind()).isEqualTo(OutputKind.SHOW_VERSION);
        });
    }

    @Test
    void commandsAreRecognisedWhenAbbreviatedOrFiltered() {
        assertThat(OutputKind.ofCommand("sh ap sum")).isEqualTo(OutputKind.SHOW_AP_SUMMARY);
        assertThat(OutputKind.ofCommand("show wireless ewc-ap ap image predownload status"))
                .isEqualTo(OutputKind.AP_PREDOWNLOAD_STATUS);
        assertThat(OutputKind.ofCommand("sh wir ewc pre st")).isEqualTo(OutputKind.PREDOWNLOAD_STATUS);
        assertThat(OutputKind.ofCommand("show running-config | section image-download"))
                .isEqualTo(OutputKind.IMAGE_DOWNLOAD_CONFIG);
        assertThat(OutputKind.ofCommand("show logging | include INSTALL|Image")).isEqualTo(OutputKind.LOGGING);
        assertThat(OutputKind.ofCommand("install add ?")).isEqualTo(OutputKind.CONTEXT_HELP);
        assertThat(OutputKind.ofCommand("show apple")).isNull();
        assertThat(OutputKind.ofCommand("show ap")).isNull();
    }

    @Test
    void contentDetectionTellsTheOutputsApart() {
        assertThat(OutputKind.detect(ResourceText.text("show-version/c9800-cl-17.12.1.txt")))
                .isEqualTo(OutputKind.SHOW_VERSION);
        assertThat(OutputKind.detect("Predownload Status : None\nPredownload Error : None\n"))
                .isEqualTo(OutputKind.PREDOWNLOAD_STATUS);
        assertThat(OutputKind.detect("*Feb 1 17:05:37.108: %INSTALL-5-INSTALL_COMPLETED_INFO: done\n"))
                .isEqualTo(OutputKind.LOGGING);
        assertThat(OutputKind.detect("wireless profile image-download default\n image-download-mode tftp\n"))
                .isEqualTo(OutputKind.IMAGE_DOWNLOAD_CONFIG);
        assertThat(OutputKind.detect("  add       Install a package\n  <cr>      <cr>\n"))
                .isEqualTo(OutputKind.CONTEXT_HELP);
        assertThat(OutputKind.detect("hello\nworld\n")).isNull();
    }
}
