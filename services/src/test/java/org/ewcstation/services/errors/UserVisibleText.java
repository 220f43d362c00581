package org.ewcstation.services.errors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import org.ewcstation.i18n.Language;
import org.ewcstation.i18n.Messages;
import org.ewcstation.i18n.Msg;

/**
 * What a technician may read: a message in both languages that never shows a Java name (an exception, a future,
 * a record's {@code toString}, {@code null}) and always contains the advice text expected.
 */
public final class UserVisibleText {

    /** Two or more capitalised words glued together, as class and record names are ({@code HostKeyFingerprint}). */
    private static final Pattern JAVA_NAME = Pattern.compile("\\b[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]+)+\\b");
    /** A record's or a collection's {@code toString}: {@code Name[field=...}. */
    private static final Pattern RECORD = Pattern.compile("[A-Za-z]\\[[a-zA-Z]+=");

    private UserVisibleText() {}

    /** Both languages' texts of {@code msg}, after checking each. */
    public static List<String> check(Msg msg) {
        String en = new Messages(Language.ENGLISH).text(msg);
        String ja = new Messages(Language.JAPANESE).text(msg);
        for (String text : List.of(en, ja)) {
            assertClean(msg.key(), text);
        }
        assertThat(ja).as("%s has its own Japanese text", msg.key()).isNotEqualTo(en);
        return List.of(en, ja);
    }

    public static void assertClean(String what, String text) {
        assertThat(text)
                .as("%s: %s", what, text)
                .doesNotContain("Exception")
                .doesNotContain("Future[")
                .doesNotContain("null")
                .doesNotContain("!" + what + "!")
                .doesNotMatch("(?s).*\\{\\d.*");
        assertThat(JAVA_NAME.matcher(text).find())
                .as("%s shows a Java name: %s", what, text)
                .isFalse();
        assertThat(RECORD.matcher(text).find())
                .as("%s shows a record: %s", what, text)
                .isFalse();
    }
}
