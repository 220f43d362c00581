package org.ewcstation.servers.tftp;

import java.io.IOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Locale;
import org.ewcstation.servers.net.IpText;

/**
 * The request port could not be opened, as a code the app turns into a sentence in the user's
 * language: {@link #messageKey()} is an i18n key, {@link #messageArgs()} its arguments
 * ({0} port, {1} address, {2} the system's own words).
 */
public final class TftpBindException extends IOException {

    private static final long serialVersionUID = 1L;

    /** Why binding failed. */
    public enum Reason {
        /** A port below 1024 without the privilege to bind it (Linux: capability or sysctl). */
        PRIVILEGED_PORT("tftp.bind.privileged"),
        /** Permission denied on a high port (Windows: port excluded or reserved, security software). */
        ACCESS_DENIED("tftp.bind.denied"),
        /** Another program, usually another TFTP server, listens on the port already. */
        IN_USE("tftp.bind.inUse"),
        /** The bind address is not one of this computer's addresses (or its address family is off). */
        ADDRESS_NOT_AVAILABLE("tftp.bind.noAddress"),
        OTHER("tftp.bind.failed");

        private final String key;

        Reason(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    private final Reason reason;
    private final InetSocketAddress address;

    public TftpBindException(Reason reason, InetSocketAddress address, IOException cause) {
        super(reason + " binding UDP " + address + ": " + cause.getMessage(), cause);
        this.reason = reason;
        this.address = address;
    }

    public Reason reason() {
        return reason;
    }

    public InetSocketAddress address() {
        return address;
    }

    public String messageKey() {
        return reason.key();
    }

    public List<Object> messageArgs() {
        String host = address.getAddress() == null || address.getAddress().isAnyLocalAddress()
                ? "*"
                : IpText.of(address.getAddress());
        return List.of(
                Integer.toString(address.getPort()),
                host,
                String.valueOf(getCause().getMessage()));
    }

    /** Classifies what the JDK reports (its messages are the OS's: EACCES, EADDRINUSE, EADDRNOTAVAIL). */
    static TftpBindException classify(InetSocketAddress address, IOException e) {
        String text = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
        Reason reason;
        if (text.contains("in use")) {
            reason = Reason.IN_USE;
        } else if (text.contains("permission denied") || text.contains("access")) {
            reason = address.getPort() > 0 && address.getPort() < 1024 ? Reason.PRIVILEGED_PORT : Reason.ACCESS_DENIED;
        } else if (text.contains("assign requested address")
                || text.contains("not valid in its context")
                || text.contains("protocol family unavailable")
                || text.contains("address family not supported")) {
            reason = Reason.ADDRESS_NOT_AVAILABLE;
        } else if (e instanceof BindException) {
            reason = Reason.IN_USE;
        } else {
            reason = Reason.OTHER;
        }
        return new TftpBindException(reason, address, e);
    }
}
