package org.ewcstation.app.cli;

import java.io.Console;
import java.io.PrintStream;
import java.util.Locale;
import org.ewcstation.i18n.Messages;
import org.ewcstation.i18n.Msg;
import org.ewcstation.services.upgrade.Confirmation;
import org.ewcstation.services.upgrade.Confirmer;

/**
 * The command line's answer before a step that changes the network: the exact lines, the questions and their
 * answers, and the APs are always printed; then {@code --yes} accepts, a terminal is asked (no is the default),
 * and without a terminal the step is refused.
 */
final class TerminalConfirmer implements Confirmer {

    private final Messages m;
    private final PrintStream out;
    private final boolean yes;
    private final Console console;
    private boolean noTerminal;

    TerminalConfirmer(Messages m, PrintStream out, boolean yes, Console console) {
        this.m = m;
        this.out = out;
        this.yes = yes;
        this.console = console;
    }

    @Override
    public boolean confirm(Confirmation c) {
        out.println(m.text(c.summary()));
        out.println(m.text(Msg.of("cli.confirm.lines", c.controller())));
        c.lines().forEach(l -> out.println("    " + l));
        if (!c.answers().isEmpty()) {
            out.println(m.text(Msg.of("cli.confirm.answers")));
            c.answers().forEach(a -> out.println("    " + a));
        }
        if (!c.aps().isEmpty()) {
            out.println(m.text(Msg.of("cli.confirm.aps", c.aps().size(), String.join(", ", c.aps()))));
        }
        if (yes) {
            out.println(m.text(Msg.of("cli.confirm.yes")));
            return true;
        }
        if (console == null) {
            noTerminal = true;
            out.println(m.text(Msg.of("cli.confirm.noTerminal")));
            return false;
        }
        String answer = console.readLine("%s", m.text(Msg.of("cli.confirm.ask")));
        return answer != null && answer.strip().toLowerCase(Locale.ROOT).matches("y|yes|はい");
    }

    /** A step was refused because there was nobody to ask. */
    boolean refusedForLackOfTerminal() {
        return noTerminal;
    }
}
