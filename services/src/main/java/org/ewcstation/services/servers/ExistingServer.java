package org.ewcstation.services.servers;

import org.ewcstation.servers.event.Protocol;

/**
 * An image server the technician already runs (tftpd-hpa, Tftpd64, an SFTP server): where the controller
 * reaches it, the path as that server sees it, and for SFTP the account. {@link #toString()} masks the password.
 */
public record ExistingServer(Protocol protocol, String host, int port, String path, String user, String password) {

    public ExistingServer {
        host = host == null ? "" : host.strip();
        path = path == null ? "" : path.strip();
        user = user == null ? "" : user.strip();
        password = password == null ? "" : password;
    }

    /** The port the protocol uses when none is given: 69 (the EWC's only TFTP port) or 22. */
    public static int defaultPort(Protocol p) {
        return p == Protocol.TFTP ? 69 : 22;
    }

    public boolean complete() {
        return !host.isEmpty()
                && port > 0
                && port <= 65535
                && (protocol == Protocol.TFTP || (!user.isEmpty() && !password.isEmpty()));
    }

    @Override
    public String toString() {
        return "ExistingServer[" + protocol + " " + (user.isEmpty() ? "" : user + "@") + host + ":" + port + "/" + path
                + (password.isEmpty() ? "" : ", password=*****") + "]";
    }
}
