package org.ewcstation.app.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.ewcstation.app.gui.GuiLauncher;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The command line: no subcommand opens the GUI. */
@Command(
        name = "ewc-station",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Upgrade the access points of a Cisco Embedded Wireless Controller network: "
                + "TFTP/SFTP image server, controller CLI and a live AP table.",
        subcommands = {
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
            CommandLine.HelpCommand.class
        })
public final class EwcStationCommand implements Callable<Integer> {

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

    @Override
    public Integer call() {
        GuiLauncher.launch(new GlobalOptions(dataDir, demo));
        return KEEP_RUNNING;
    }

    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new EwcStationCommand());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        return cl;
    }
}
