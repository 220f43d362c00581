package org.ewcstation.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * The window's own reading of its command line agrees with picocli wherever it answers, and leaves to picocli every
 * line it does not fully understand (a subcommand, help, a repeated option, a wrong or missing value).
 */
class WindowLaunchTest {

    private static final Map<String, String> ENV = Map.of("LANG", "en_US.UTF-8");

    @Test
    void theWindowsOptionsAreReadAsPicocliReadsThem() {
        List<String[]> lines = List.of(
                new String[] {},
                new String[] {"--demo"},
                new String[] {"--verbose", "--data-dir", "/tmp/ewc data"},
                new String[] {"--data-dir=/tmp/x", "--lang", "ja", "--demo"},
                new String[] {"--lang=EN", "--verbose"},
                new String[] {"--data-dir", "C:\\Users\\技術者\\ewc"});
        for (String[] args : lines) {
            WindowLaunch w = WindowLaunch.of(args).orElseThrow(() -> new AssertionError(List.of(args)));
            EwcStationCommand root = picocli(args);
            assertThat(w.dataDir()).as(List.of(args).toString()).isEqualTo(root.dataDir);
            assertThat(w.demo()).isEqualTo(root.demo);
            assertThat(w.verbose()).isEqualTo(root.verbose);
        }
        assertThat(WindowLaunch.of("--data-dir", "/tmp/x", "--demo")
                        .orElseThrow()
                        .options())
                .isEqualTo(new GlobalOptions(Path.of("/tmp/x"), true));
    }

    @Test
    void everyMistakeIsLeftToPicocliWhichReportsIt() {
        List<String[]> mistakes = List.of(
                new String[] {"--lang", "jp"},
                new String[] {"--lang=fr"},
                new String[] {"--lang"},
                new String[] {"--data-dir"},
                new String[] {"--data-dir", "--demo"},
                new String[] {"--demo", "--demo"},
                new String[] {"--data-dir", "/a", "--data-dir=/b"},
                new String[] {"--demo=yes"},
                new String[] {"--dmeo"});
        for (String[] args : mistakes) {
            assertThat(WindowLaunch.of(args)).as(List.of(args).toString()).isEmpty();
            assertThatThrownBy(() -> picocli(args), List.of(args).toString())
                    .isInstanceOf(CommandLine.ParameterException.class);
        }
    }

    @Test
    void subcommandsHelpAndOddValuesGoToPicocli() {
        for (String[] args : List.of(
                new String[] {"status"},
                new String[] {"--help"},
                new String[] {"-h"},
                new String[] {"--version"},
                new String[] {"--demo", "serve"},
                new String[] {"--"},
                new String[] {"--data-dir="})) { // picocli reads it as the working folder; its rule, not ours
            assertThat(WindowLaunch.of(args)).as(List.of(args).toString()).isEqualTo(Optional.empty());
        }
    }

    private static EwcStationCommand picocli(String... args) {
        CommandLine cl = EwcStationCommand.commandLine(ENV, args);
        cl.parseArgs(args);
        return cl.getCommand();
    }
}
