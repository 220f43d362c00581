package org.ewcstation.views.aptable;

import java.util.Arrays;
import java.util.Locale;
import javafx.css.PseudoClass;

/** Which colour a pre-download status gets: the words of {@code show ap image}, grouped by meaning. */
public enum StatusChip {
    NONE,
    INITIATED,
    ACTIVE,
    COMPLETE,
    FAILED;

    public static StatusChip of(String status) {
        if (status == null || status.isBlank()) {
            return NONE;
        }
        String s = status.toLowerCase(Locale.ROOT);
        if (s.contains("fail") || s.contains("abort") || s.contains("error")) {
            return FAILED;
        }
        if (s.contains("complete")) {
            return COMPLETE;
        }
        if (s.contains("download")) {
            return ACTIVE;
        }
        if (s.contains("initiat") || s.contains("start")) {
            return INITIATED;
        }
        return NONE;
    }

    /** The chip's state as a pseudo-class ({@code .status-chip:complete}): cheap to switch in a busy table. */
    public PseudoClass pseudoClass() {
        return PSEUDO[ordinal()];
    }

    private static final PseudoClass[] PSEUDO = Arrays.stream(values())
            .map(c -> PseudoClass.getPseudoClass(c.name().toLowerCase(Locale.ROOT)))
            .toArray(PseudoClass[]::new);

    public String styleClass() {
        return "chip-" + name().toLowerCase(Locale.ROOT);
    }
}
