package org.ewcstation.servers;

import java.io.IOException;
import java.net.BindException;
import java.util.List;
import java.util.Locale;

/**
 * A server could not start. It carries a code and arguments, never a sentence: the CLI and the UI render
 * {@link #messageKey()} with {@link #args()} in the user's language.
 */
public final class ServerStartException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Why a server did not start; each has a message key {@code servers.start.<code>}. */
    public enum Reason {
        /** Args: server, port, address. Another program (e.g. an OpenSSH server, a syslog daemon) holds the port. */
        PORT_IN_USE("portInUse"),
        /** Args: server, port, address. Ports below 1024 need a capability or administrator rights. */
        PORT_PRIVILEGED("portPrivileged"),
        /** Args: server, port, address, detail. Any other bind failure (address not on this machine, ...). */
        BIND_FAILED("bindFailed"),
        /** Args: server, folder. The folder to serve does not exist or is not a folder. */
        ROOT_MISSING("rootMissing"),
        /** Args: server, detail. The host key could not be read or written. */
        HOST_KEY("hostKey"),
        /** Args: server. A user-chosen account that the controller's CLI could not take. */
        BAD_CREDENTIALS("badCredentials");

        private final String code;

        Reason(String code) {
            this.code = code;
        }

        public String messageKey() {
            return "servers.start." + code;
        }
    }

    private final Reason reason;
    private final transient List<Object> args;

    public ServerStartException(Reason reason, List<Object> args, Throwable cause) {
        super(reason + " " + args, cause);
        this.reason = reason;
        this.args = List.copyOf(args);
    }

    public Reason reason() {
        return reason;
    }

    public String messageKey() {
        return reason.messageKey();
    }

    public List<Object> args() {
        return args;
    }

    /**
     * Classifies a failed bind. The JDK reports both cases as {@link BindException} with the OS's text
     * ("Address already in use", "Permission denied"; Windows adds ": bind"), so the text is all we have.
     */
    public static ServerStartException ofBind(String server, String address, int port, IOException e) {
        // the port as text: MessageFormat would print 2222 as "2,222"
        String p = String.valueOf(port);
        String text = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
        if (text.contains("in use")) {
            return new ServerStartException(Reason.PORT_IN_USE, List.of(server, p, address), e);
        }
        if (port > 0
                && port < 1024
                && (text.contains("permission denied")
                        || text.contains("access denied")
                        || text.contains("not permitted"))) {
            return new ServerStartException(Reason.PORT_PRIVILEGED, List.of(server, p, address), e);
        }
        return new ServerStartException(
                Reason.BIND_FAILED, List.of(server, p, address, String.valueOf(e.getMessage())), e);
    }
}
