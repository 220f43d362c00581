package org.ewcstation.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConsoleCharsetTest {

    @Test
    void aUtf8LocaleGetsUtf8EvenWhenTheCLibraryFellBackToAscii() {
        assertThat(ConsoleCharset.wanted(Map.of("LANG", "ja_JP.UTF-8"), StandardCharsets.US_ASCII))
                .contains(StandardCharsets.UTF_8);
        assertThat(ConsoleCharset.wanted(Map.of("LC_CTYPE", "en_US.utf8"), StandardCharsets.US_ASCII))
                .contains(StandardCharsets.UTF_8);
        assertThat(ConsoleCharset.wanted(Map.of("LANG", "de_DE.UTF-8@euro"), StandardCharsets.ISO_8859_1))
                .contains(StandardCharsets.UTF_8);
    }

    @Test
    void lcAllWinsOverLangAsPosixSays() {
        assertThat(ConsoleCharset.wanted(Map.of("LC_ALL", "C", "LANG", "ja_JP.UTF-8"), StandardCharsets.US_ASCII))
                .isEmpty();
        assertThat(ConsoleCharset.wanted(Map.of("LC_ALL", "", "LANG", "ja_JP.UTF-8"), StandardCharsets.US_ASCII))
                .contains(StandardCharsets.UTF_8);
    }

    @Test
    void nothingChangesWithoutAUtf8LocaleOrWhenTheConsoleIsAlreadyUtf8() {
        assertThat(ConsoleCharset.wanted(Map.of("LANG", "ja_JP.eucJP"), StandardCharsets.US_ASCII))
                .isEmpty();
        assertThat(ConsoleCharset.wanted(Map.of(), StandardCharsets.US_ASCII)).isEmpty();
        assertThat(ConsoleCharset.wanted(Map.of("LANG", "ja_JP.UTF-8"), StandardCharsets.UTF_8))
                .isEmpty();
    }
}
