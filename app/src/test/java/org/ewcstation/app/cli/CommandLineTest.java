package org.ewcstation.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
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
}
