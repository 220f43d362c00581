package org.ewcstation.app.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.ewcstation.i18n.Messages;
import org.ewcstation.i18n.Msg;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;

/** A usage error in the user's language: what was wrong, and where the help is. Exit code 2. */
final class UsageErrors implements CommandLine.IParameterExceptionHandler {

    private final Messages messages;

    UsageErrors(Messages messages) {
        this.messages = messages;
    }

    @Override
    public int handleParseException(CommandLine.ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        PrintWriter err = cmd.getErr();
        err.println(messages.text(what(ex)));
        err.println(messages.text("cli.usage.help", cmd.getCommandSpec().qualifiedName(" ")));
        err.flush();
        return cmd.getCommandSpec().exitCodeOnInvalidInput();
    }

    static Msg what(CommandLine.ParameterException ex) {
        if (ex instanceof CommandLine.UnmatchedArgumentException u) {
            return Msg.of("cli.usage.unknown", String.join(" ", u.getUnmatched()));
        }
        if (ex instanceof CommandLine.MissingParameterException m) {
            return Msg.of(
                    "cli.usage.missing",
                    m.getMissing().stream().map(UsageErrors::name).collect(Collectors.joining(", ")));
        }
        ArgSpec arg = ex.getArgSpec();
        if (arg instanceof OptionSpec o && Arrays.asList(o.names()).contains("--lang")) {
            return Msg.of("cli.usage.lang", String.valueOf(ex.getValue()));
        }
        if (arg != null && ex.getValue() != null) {
            return Msg.of("cli.usage.badValue", name(arg), ex.getValue());
        }
        return Msg.of("cli.usage.other", String.valueOf(ex.getMessage()));
    }

    private static String name(ArgSpec a) {
        return a instanceof OptionSpec o ? o.longestName() : a.paramLabel();
    }
}
