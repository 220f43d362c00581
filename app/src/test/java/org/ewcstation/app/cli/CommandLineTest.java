package org.ewcstation.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class CommandLineTest {

    @Test
    void helpListsEverySubcommand() {
        StringWriter out = new StringWriter();
        CommandLine cl = EwcStationCommand.commandLine();
        cl.setOut(new PrintWriter(out));
        assertThat(cl.execute("--help")).isZero();
        assertThat(out.toString()).contains("serve", "simulate", "status", "push", "parse", "discover", "--data-dir");
    }

    @Test
    void versionNamesTheProductAndJava() {
        StringWriter out = new StringWriter();
        CommandLine cl = EwcStationCommand.commandLine();
        cl.setOut(new PrintWriter(out));
        assertThat(cl.execute("--version")).isZero();
        assertThat(out.toString()).startsWith("EWC Station ").contains("Java 25");
    }

    @Test
    void unknownOptionIsAUsageError() {
        CommandLine cl = EwcStationCommand.commandLine();
        cl.setErr(new PrintWriter(new StringWriter()));
        assertThat(cl.execute("--no-such-option")).isEqualTo(2);
    }

    @Test
    void aStartThatOnlyOpensTheWindowSkipsTheSubcommands() {
        assertThat(EwcStationCommand.forLaunch(Map.of()).getSubcommands()).isEmpty();
        assertThat(EwcStationCommand.forLaunch(Map.of(), "--data-dir", "/tmp/x", "--lang", "ja", "--demo", "--verbose")
                        .getSubcommands())
                .isEmpty();
        assertThat(EwcStationCommand.forLaunch(Map.of(), "--lang=ja").getSubcommands())
                .isEmpty();
        // anything else builds them all: a subcommand, help, and a typo that should be answered with a suggestion
        for (String[] args : new String[][] {{"status"}, {"--help"}, {"statsu"}, {"--data-dir"}, {"--version"}}) {
            assertThat(EwcStationCommand.forLaunch(Map.of(), args).getSubcommands())
                    .as(String.join(" ", args))
                    .containsKeys("serve", "status", "upgrade", "help");
        }
    }

    @Test
    void aTypoOfASubcommandGetsTheSameUsageErrorAsBefore() {
        Map<String, String> env = Map.of("LANG", "en_US.UTF-8");
        StringWriter lean = new StringWriter();
        CommandLine a = EwcStationCommand.forLaunch(env, "statsu");
        a.setErr(new PrintWriter(lean));
        StringWriter full = new StringWriter();
        CommandLine b = EwcStationCommand.commandLine(env, "statsu");
        b.setErr(new PrintWriter(full));
        assertThat(a.execute("statsu")).isEqualTo(b.execute("statsu")).isEqualTo(2);
        assertThat(lean.toString()).isEqualTo(full.toString()).contains("statsu");
    }
}
