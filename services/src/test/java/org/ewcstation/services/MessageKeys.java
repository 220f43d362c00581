package org.ewcstation.services;

import static org.assertj.core.api.Assertions.assertThat;

import org.ewcstation.i18n.Language;
import org.ewcstation.i18n.Messages;
import org.ewcstation.i18n.Msg;

/** Asserts that a key the services emit exists in English and Japanese and formats with its arguments. */
public final class MessageKeys {

    private static final Messages EN = new Messages(Language.ENGLISH);
    private static final Messages JA = new Messages(Language.JAPANESE);

    private MessageKeys() {}

    public static void assertExists(String key) {
        assertThat(EN.has(key)).as("messages.properties lacks %s", key).isTrue();
        assertThat(JA.has(key)).as("messages_ja.properties lacks %s", key).isTrue();
    }

    public static void assertRenders(Msg msg) {
        assertExists(msg.key());
        for (Messages m : new Messages[] {EN, JA}) {
            String text = m.text(msg);
            assertThat(text)
                    .as("%s in %s", msg.key(), m.language())
                    .doesNotContain("!" + msg.key() + "!")
                    .doesNotMatch("(?s).*\\{\\d.*");
        }
    }
}
