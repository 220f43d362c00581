package org.ewcstation.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SafeTextTest {

    private static final String OSC52 = "\u001b]52;c;Y3VybCBldmlsfHNo\u0007";

    @Test
    void escapesAndBidiBecomeVisible() {
        assertThat(SafeText.line("AP" + OSC52 + "\u001b[2J\u009b31m\u202eevil"))
                .isEqualTo("AP\\x1b]52;c;Y3VybCBldmlsfHNo\\x07\\x1b[2J\\x9b31m\\u202eevil")
                .doesNotContain("\u001b", "\u0007", "\u202e");
    }

    @Test
    void lineShowsBreaksBlockKeepsThem() {
        assertThat(SafeText.line("a\nb\tc")).isEqualTo("a\\x0ab\\x09c");
        assertThat(SafeText.block("a\r\nb\tc\rd")).isEqualTo("a\nb\tc\\x0dd");
    }

    @Test
    void plainAndJapaneseTextUntouchedAndIdempotent() {
        String s = "アクセスポイント AP-1 C:\\images\\ap3g3";
        assertThat(SafeText.line(s)).isSameAs(s);
        String once = SafeText.line(OSC52);
        assertThat(SafeText.line(once)).isEqualTo(once);
        assertThat(SafeText.needed(OSC52)).isTrue();
        assertThat(SafeText.needed(s)).isFalse();
    }

    @Test
    void messageArgumentsAreSanitised() {
        Messages m = new Messages(Language.ENGLISH);
        assertThat(m.text("log.raw", "x" + OSC52)).isEqualTo("x\\x1b]52;c;Y3VybCBldmlsfHNo\\x07");
        assertThat(m.text(Msg.of("log.raw", Msg.of("log.raw", "\u001b[31m")))).isEqualTo("\\x1b[31m");
    }
}
