package org.ewcstation.simulator.cli;

import java.util.Set;
import org.ewcstation.simulator.Controller;

/** The public door to the command table, so the SSH front can build it without seeing its insides. */
public final class Commands {

    private Commands() {}

    public static CommandTable table(Controller controller, Set<String> without) {
        return CommandTable.standard(controller, without);
    }
}
