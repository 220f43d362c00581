package org.ewcstation.i18n;

import java.util.List;
import java.util.Objects;

/**
 * A message as a code and its arguments, never a sentence: services return these, views and the CLI
 * render them in the user's language, and the store keeps the code so an old run re-renders in
 * today's language.
 */
public record Msg(String key, List<Object> args) {

    public Msg {
        Objects.requireNonNull(key, "key");
        args = List.copyOf(args);
    }

    public static Msg of(String key, Object... args) {
        return new Msg(key, List.of(args));
    }

    public Object[] argArray() {
        return args.toArray();
    }
}
