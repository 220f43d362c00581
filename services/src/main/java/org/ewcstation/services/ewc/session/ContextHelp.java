package org.ewcstation.services.ewc.session;

import java.util.List;

/**
 * What {@code partial ?} offered: the keyword lines, whether {@code <cr>} is among them (the command may end
 * here), and the controller's error text when it did not know the words typed.
 */
public record ContextHelp(String partial, List<String> lines, boolean complete, String error) {

    public ContextHelp {
        lines = List.copyOf(lines);
    }

    /** The command exists on this release as typed. */
    public boolean supported() {
        return error == null && complete;
    }

    /** Whether {@code keyword} is offered as a next word. */
    public boolean offers(String keyword) {
        return lines.stream().anyMatch(l -> l.strip().split("\\s+")[0].equalsIgnoreCase(keyword));
    }
}
