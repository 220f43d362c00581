package org.ewcstation.views.fx;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import org.ewcstation.i18n.Language;
import org.ewcstation.i18n.Messages;
import org.ewcstation.i18n.Msg;

/**
 * The current language as an observable: every visible text is a binding to a key, so switching the
 * language relabels the whole window at once, without a restart.
 */
public final class Localization {

    private final ObjectProperty<Messages> messages;
    private final ObjectProperty<Language> language;

    public Localization(Language initial) {
        this.language = new SimpleObjectProperty<>(initial);
        this.messages = new SimpleObjectProperty<>(new Messages(initial));
        language.addListener((obs, old, now) -> messages.set(new Messages(now)));
    }

    public ObjectProperty<Language> languageProperty() {
        return language;
    }

    public Language language() {
        return language.get();
    }

    public ReadOnlyObjectProperty<Messages> messagesProperty() {
        return messages;
    }

    public Messages messages() {
        return messages.get();
    }

    /** The text of {@code key} in the current language, following language changes. */
    public StringBinding text(String key, Object... args) {
        return Bindings.createStringBinding(() -> messages.get().text(key, args), messages);
    }

    /** The text of {@code key} with arguments that change over time. */
    public StringBinding text(String key, ObservableValue<?>... args) {
        ObservableValue<?>[] deps = new ObservableValue<?>[args.length + 1];
        System.arraycopy(args, 0, deps, 0, args.length);
        deps[args.length] = messages;
        return Bindings.createStringBinding(
                () -> {
                    Object[] values = new Object[args.length];
                    for (int i = 0; i < args.length; i++) {
                        values[i] = args[i].getValue();
                    }
                    return messages.get().text(key, values);
                },
                deps);
    }

    /** A code-and-arguments message that may itself change. */
    public StringBinding text(ObservableValue<Msg> msg) {
        return Bindings.createStringBinding(
                () -> msg.getValue() == null ? "" : messages.get().text(msg.getValue()), msg, messages);
    }

    public String now(String key, Object... args) {
        return messages.get().text(key, args);
    }
}
