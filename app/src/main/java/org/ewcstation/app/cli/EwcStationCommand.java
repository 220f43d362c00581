package org.ewcstation.app.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.ewcstation.app.ConsoleLog;
import org.ewcstation.app.gui.GuiLauncher;
import org.ewcstation.i18n.Language;
import org.ewcstation.i18n.Messages;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The command line: no subcommand opens the GUI. */
@Command(
        name = "ewc-station",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Upgrade the access points of a Cisco Embedded Wireless Controller network: "
                + "TFTP/SFTP image server, controller CLI and a live AP table.")
public final class EwcStationCommand implements Callable<Integer> {

    /** The subcommands, in the order help lists them. */
    static final List<Class<?>> SUBCOMMANDS = List.of(
            ServeCommand.class,
            SimulateCommand.class,
            StatusCommand.class,
            PushCommand.class,
            UpgradeCommand.class,
            ActivateCommand.class,
            AbortCommand.class,
            HistoryCommand.class,
            ParseCommand.class,
            CaptureCommand.class,
            DiscoverCommand.class,
            CommandLine.HelpCommand.class);

    /** Returned when the GUI took over the process: the JavaFX thread decides when it ends. */
    public static final int KEEP_RUNNING = Integer.MIN_VALUE;

    @Option(
            names = "--data-dir",
            paramLabel = "DIR",
            scope = CommandLine.ScopeType.INHERIT,
            description = "Folder for settings, history, host keys and logs (default: the OS's per-user data folder; "
                    + "or the EWC_STATION_DATA_DIR environment variable).")
    Path dataDir;

    @Option(names = "--demo", description = "Open the GUI with a simulated controller and its APs on loopback.")
    boolean demo;

    @Option(
            names = "--lang",
            paramLabel = "en|ja",
            scope = CommandLine.ScopeType.INHERIT,
            converter = CliLanguage.Converter.class,
            description = "Language of messages, help and reports: en or ja (default: the system's language).")
    Language lang;

    @Option(
            names = "--verbose",
            scope = CommandLine.ScopeType.INHERIT,
            description = "Also show informational log lines on the console (warnings only by default).")
    boolean verbose;

    /** The language found before parsing (for help and usage errors): --lang when valid, else the system's. */
    private Language resolved = Language.ENGLISH;

    /** The language of this run's messages. */
    public Language language() {
        return lang != null ? lang : resolved;
    }

    public Messages messages() {
        return new Messages(language());
    }

    @Override
    public Integer call() {
        GuiLauncher.launch(new GlobalOptions(dataDir, demo));
        return KEEP_RUNNING;
    }

    /** The command line in the system's language (tests; {@code --lang} still applies to messages). */
    public static CommandLine commandLine() {
        return commandLine(System.getenv());
    }

    /**
     * The command line for {@code args} in {@code env}: help and usage errors in the language of {@code --lang} or,
     * without it, of the system's locale; the console shows warnings only unless {@code --verbose}.
     */
    public static CommandLine commandLine(Map<String, String> env, String... args) {
        return commandLine(env, true, args);
    }

    /**
     * The process's command line: when {@code args} only open the window (no argument, or only the window's own
     * options), the subcommands are not built. picocli reads every subcommand's annotations up front, about
     * 100 ms of a cold start that the window would wait for.
     */
    public static CommandLine forLaunch(Map<String, String> env, String... args) {
        ConsoleCharset.apply(env);
        return commandLine(env, !opensWindowOnly(args), args);
    }

    static boolean opensWindowOnly(String... args) {
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--demo") || a.equals("--verbose") || a.startsWith("--data-dir=") || a.startsWith("--lang=")) {
                continue;
            }
            if ((a.equals("--data-dir") || a.equals("--lang")) && i + 1 < args.length) {
                i++;
                continue;
            }
            return false;
        }
        return true;
    }

    private static CommandLine commandLine(Map<String, String> env, boolean withSubcommands, String... args) {
        EwcStationCommand root = new EwcStationCommand();
        root.resolved = CliLanguage.resolve(env, args);
        CommandLine cl = new CommandLine(root);
        if (withSubcommands) {
            // before the settings below: picocli passes a setting on to the subcommands present at that moment
            SUBCOMMANDS.forEach(c -> cl.addSubcommand(c));
        }
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setResourceBundle(CliLanguage.helpBundle(root.resolved));
        cl.setParameterExceptionHandler(new UsageErrors(new Messages(root.resolved)));
        cl.setExecutionStrategy(parsed -> {
            ConsoleLog.verbose(root.verbose);
            return new CommandLine.RunLast().execute(parsed);
        });
        return cl;
    }
}
