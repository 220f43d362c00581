package org.ewcstation.services.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a hostile AP name becomes in every export: text a spreadsheet shows, never a formula it runs. */
class SpreadsheetTextTest {

    @Test
    void formulasAreMadeInertInCsvAndOnTheClipboard() {
        for (String f : List.of("=HYPERLINK(\"http://x\",\"y\")", "@SUM(A1)", "+cmd|' /C calc'!A0", "-2+3", "\t=1")) {
            assertThat(SpreadsheetText.inert(f)).as(f).startsWith("'");
        }
        assertThat(SpreadsheetText.csvCell("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        StringBuilder tsv = new StringBuilder();
        SpreadsheetText.tsvLine(tsv, List.of("@SUM(A1)", "a\tb\nc"));
        assertThat(tsv).hasToString("'@SUM(A1)\ta b c\n");
    }

    @Test
    void plainValuesNumbersAndEmptyCellsStayAsTheyAre() {
        assertThat(SpreadsheetText.inert("AP-POD-2-2")).isEqualTo("AP-POD-2-2");
        assertThat(SpreadsheetText.inert("-3")).isEqualTo("-3");
        assertThat(SpreadsheetText.inert("+12.5")).isEqualTo("+12.5");
        StringBuilder csv = new StringBuilder();
        SpreadsheetText.csvLine(csv, Arrays.asList("a,b", null, "", "17.12.1.5"));
        assertThat(csv).hasToString("\"a,b\",,,17.12.1.5\r\n");
    }
}
