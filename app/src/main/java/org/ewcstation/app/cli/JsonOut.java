package org.ewcstation.app.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * One JSON writer for the CLI: indented (or one line per object for event streams), instants as ISO-8601 text.
 * Values keep what the network sent, but beyond JSON's own escaping of C0, DEL, C1 and the bidirectional marks are
 * written as {@code \}{@code u} escapes too, so a JSON line printed to a terminal carries no live sequence.
 */
final class JsonOut {

    private JsonOut() {}

    static ObjectMapper mapper() {
        return compact().enable(SerializationFeature.INDENT_OUTPUT);
    }

    /** Without indentation: one value per line. */
    static ObjectMapper compact() {
        SimpleModule time = new SimpleModule("instants");
        time.addSerializer(Instant.class, ToStringSerializer.instance);
        time.addSerializer(Duration.class, new HoursMinutesSeconds());
        ObjectMapper m = new ObjectMapper().registerModule(time);
        m.getFactory().setCharacterEscapes(new TerminalSafe());
        return m;
    }

    /** A timer as the controller prints it ("05:59:40", hours past 24 as they come): scripts compare it with show output. */
    static final class HoursMinutesSeconds extends StdSerializer<Duration> {

        HoursMinutesSeconds() {
            super(Duration.class);
        }

        @Override
        public void serialize(Duration d, JsonGenerator g, SerializerProvider p) throws IOException {
            long s = d.toSeconds();
            g.writeString(String.format(Locale.ROOT, "%02d:%02d:%02d", s / 3600, s % 3600 / 60, s % 60));
        }
    }

    /** The escapes above; everything else as Jackson writes it. */
    static final class TerminalSafe extends CharacterEscapes {

        private final int[] ascii = standardAsciiEscapesForJSON();

        TerminalSafe() {
            ascii[0x7f] = ESCAPE_CUSTOM;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            boolean hidden = ch == 0x7f
                    || (ch >= 0x80 && ch <= 0x9f)
                    || ch == 0x061c
                    || ch == 0x200e
                    || ch == 0x200f
                    || (ch >= 0x2028 && ch <= 0x202e)
                    || (ch >= 0x2066 && ch <= 0x2069);
            return hidden ? new SerializedString(String.format(Locale.ROOT, "\\u%04x", ch)) : null;
        }
    }
}
