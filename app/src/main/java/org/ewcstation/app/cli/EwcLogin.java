package org.ewcstation.app.cli;

import java.io.Console;
import java.io.PrintStream;
import java.util.Optional;
import org.ewcstation.app.AppContext;
import org.ewcstation.i18n.Language;
import org.ewcstation.i18n.Messages;
import org.ewcstation.i18n.Msg;
import org.ewcstation.i18n.SafeText;
import org.ewcstation.services.ewc.session.EwcCredentials;
import org.ewcstation.services.ewc.session.EwcEndpoint;
import org.ewcstation.services.ewc.session.EwcException;
import org.ewcstation.services.ewc.session.EwcSession;
import org.ewcstation.services.ewc.session.HostKeyChangedException;
import org.ewcstation.services.ewc.session.TranscriptListener;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Connection options shared by {@code status}, {@code push} and {@code capture}, and the login itself. */
public final class EwcLogin {

    @Option(names = "--host", required = true, paramLabel = "HOST", description = "Controller address.")
    String host;

    @Option(names = "--port", defaultValue = "22", description = "SSH port (default ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--user", required = true, paramLabel = "USER", description = "Login user name.")
    String user;

    @Option(
            names = "--password-env",
            paramLabel = "VAR",
            description = "Read the password from this environment variable (otherwise it is asked for, without echo).")
    String passwordEnv;

    @Option(
            names = "--enable-secret-env",
            paramLabel = "VAR",
            description = "Read the enable secret from this environment variable (default: asked on the terminal when "
                    + "the login lands at the > prompt; without a terminal, the login password is tried).")
    String enableEnv;

    @Option(
            names = "--accept-host-key",
            paramLabel = "FINGERPRINT",
            description = "Accept this new host key fingerprint (SHA256:...) when the controller's key changed.")
    String acceptHostKey;

    @Spec(Spec.Target.MIXEE)
    CommandSpec mixee;

    @Option(names = "--transcript", description = "Print the SSH session (passwords masked) on standard error.")
    boolean transcript;

    Messages messages() {
        return mixee != null && mixee.root().userObject() instanceof EwcStationCommand root
                ? root.messages()
                : new Messages(Language.systemDefault());
    }

    String render(Msg m) {
        return messages().text(m);
    }

    EwcEndpoint endpoint() {
        return new EwcEndpoint(host, port);
    }

    EwcCredentials credentials(PrintStream err) {
        String password = passwordEnv != null ? System.getenv(passwordEnv) : null;
        if (passwordEnv != null && password == null) {
            throw new IllegalStateException(render(Msg.of("cli.ewc.envMissing", passwordEnv)));
        }
        if (password == null) {
            Console c = System.console();
            if (c == null) {
                throw new IllegalStateException(render(Msg.of("cli.ewc.noConsole")));
            }
            char[] pw = c.readPassword("%s", render(Msg.of("cli.ewc.passwordPrompt", user, host)));
            password = pw == null ? "" : new String(pw);
        }
        if (enableEnv != null && System.getenv(enableEnv) == null) {
            throw new IllegalStateException(render(Msg.of("cli.ewc.envMissing", enableEnv)));
        }
        // on a terminal the secret is asked only if the login lands at ">"; unattended, the password is tried
        String enable = enableEnv != null ? System.getenv(enableEnv) : System.console() != null ? null : password;
        return new EwcCredentials(user, password, enable);
    }

    /**
     * The enable secret, asked on the terminal after the login landed at the user prompt; empty when there is no
     * terminal to ask on (the caller then says to use {@code --enable-secret-env}).
     */
    Optional<String> askEnable() {
        Console c = System.console();
        if (c == null || enableEnv != null) {
            return Optional.empty();
        }
        char[] secret = c.readPassword("%s", render(Msg.of("cli.ewc.enablePrompt", user, host)));
        return Optional.of(secret == null ? "" : new String(secret));
    }

    /** What to print when privileged mode could not be had: the controller's answer, then how to give the secret. */
    String enableAdvice(EwcException e) {
        return render(e.msg()) + System.lineSeparator() + render(Msg.of("cli.ewc.enableHint"));
    }

    TranscriptListener transcriptListener(PrintStream err) {
        if (!transcript) {
            return TranscriptListener.NONE;
        }
        return new TranscriptListener() {
            @Override
            public void sent(EwcEndpoint e, String text) {
                err.println(">> " + SafeText.line(text.replace("\n", "")));
            }

            @Override
            public void received(EwcEndpoint e, String text) {
                String shown = SafeText.block(text);
                err.print(shown.endsWith("\n") ? shown : shown + "\n");
            }
        };
    }

    /** Whether the user named this new host key fingerprint with {@code --accept-host-key}. */
    boolean accepts(String fingerprint) {
        return acceptHostKey != null && acceptHostKey.equals(fingerprint);
    }

    /** Connects; a changed host key is accepted only when the user named its fingerprint. */
    EwcSession connect(AppContext ctx, EwcCredentials creds, PrintStream err) throws EwcException {
        try {
            return ctx.ewcConnector().connect(endpoint(), creds, transcriptListener(err));
        } catch (HostKeyChangedException e) {
            if (acceptHostKey != null && acceptHostKey.equals(e.change().offeredFingerprint())) {
                ctx.hostKeyTrust().accept(e.change());
                err.println(render(Msg.of("cli.ewc.hostKeyAccepted", e.change().offeredFingerprint())));
                return ctx.ewcConnector().connect(endpoint(), creds, transcriptListener(err));
            }
            throw e;
        }
    }
}
