package org.ewcstation.simulator.cli;

import java.io.IOException;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.ewcstation.simulator.Controller;

/**
 * The upgrade commands of the simulated controller's dialect, and only those: {@code ?} lists them, the other
 * family's forms get the caret. The questions are IOS's ({@code [y/n]}, {@code Save? [yes/no]:}, {@code [confirm]}).
 */
final class UpgradeCommands {

    private UpgradeCommands() {}

    static List<CommandTable.Spec> of(Controller c, Set<Mode> priv) {
        List<CommandTable.Spec> l = new ArrayList<>();
        l.add(new CommandTable.Spec(priv, "reload", (t, a) -> reload(c, t, false)));
        switch (c.settings().dialect()) {
            case INSTALL -> install(c, priv, l);
            case AP_IMAGE -> apImage(c, priv, l);
            case NONE -> {}
        }
        return l;
    }

    private static void install(Controller c, Set<Mode> priv, List<CommandTable.Spec> l) {
        l.add(new CommandTable.Spec(priv, "install add profile default", (t, a) -> {
            String err = c.engine().start(c.defaultProfile());
            t.print(
                    err != null
                            ? err + "\n"
                            : "install_add: START " + now()
                                    + "\ninstall_add: Downloading the images of profile default\n");
        }));
        l.add(new CommandTable.Spec(priv, "install abort", (t, a) -> {
            if (proceed(
                    t, "This operation will abort the install operation in progress. Do you want to proceed? [y/n]")) {
                c.engine().abort();
                t.print("install_abort: SUCCESS\n");
            }
        }));
        l.add(new CommandTable.Spec(priv, "install activate", (t, a) -> {
            if (proceed(t, "This operation may require a reload of the system. Do you want to proceed? [y/n]")) {
                c.swap();
                reload(c, t, true);
            }
        }));
        l.add(new CommandTable.Spec(
                priv,
                "install commit",
                (t, a) -> t.print("install_commit: START " + now() + "\ninstall_commit: SUCCESS\n")));
    }

    private static void apImage(Controller c, Set<Mode> priv, List<CommandTable.Spec> l) {
        l.add(new CommandTable.Spec(priv, "ap image predownload", (t, a) -> {
            String err = c.engine().start(c.defaultProfile());
            if (err != null) {
                t.print(err + "\n");
            }
        }));
        l.add(new CommandTable.Spec(
                priv, "ap image predownload abort", (t, a) -> c.engine().abort()));
        l.add(new CommandTable.Spec(priv, "ap image swap", (t, a) -> c.swap()));
        l.add(new CommandTable.Spec(priv, "ap image reset", (t, a) -> c.resetAps()));
    }

    /** IOS first offers to save a modified configuration, then asks to confirm; {@code confirmed} skips the latter. */
    private static void reload(Controller c, Terminal t, boolean confirmed) throws IOException {
        if (c.configModified()) {
            String answer = t.readLine("System configuration has been modified. Save? [yes/no]: ", true);
            if (answer == null) {
                return;
            }
            String w = answer.strip().toLowerCase(Locale.ROOT);
            if (w.startsWith("y")) {
                c.configSaved();
                t.print("Building configuration...\n[OK]\n");
            } else if (!w.startsWith("n")) {
                t.print("% Please answer 'yes' or 'no'.\n");
                return;
            }
        }
        if (confirmed || t.confirm("Proceed with reload? [confirm]")) {
            c.reload();
        }
    }

    private static boolean proceed(Terminal t, String question) throws IOException {
        String answer = t.readLine(question, true);
        return answer != null && answer.strip().toLowerCase(Locale.ROOT).startsWith("y");
    }

    private static String now() {
        return LocalTime.now().withNano(0).toString();
    }
}
