package org.ewcstation.services.ewc.session;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.channels.UnresolvedAddressException;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns whatever the network stack or the SSH library threw while reaching a controller into one code with
 * advice: the exception's own text (class names, future descriptions) goes to the log, never to the user.
 */
public final class ConnectFailures {

    private static final Logger LOG = LoggerFactory.getLogger(ConnectFailures.class);

    private ConnectFailures() {}

    /** The failure to reach or log in to {@code endpoint}; the message's {1} is the endpoint. */
    static EwcException classify(EwcEndpoint endpoint, Throwable e) {
        EwcError code = code(e);
        LOG.info("Reaching {} failed: {} ({})", endpoint, code, chain(e));
        return new EwcException(code, null, endpoint.toString(), -1, e);
    }

    public static EwcError code(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof UnresolvedAddressException || t instanceof UnknownHostException) {
                return EwcError.UNKNOWN_HOST;
            }
            if (t instanceof NoRouteToHostException) {
                return EwcError.NO_ROUTE;
            }
            if (t instanceof SocketTimeoutException) {
                return EwcError.CONNECT_TIMEOUT;
            }
            String m = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            if (t instanceof ConnectException || m.contains("connection refused")) {
                return m.contains("no route") ? EwcError.NO_ROUTE : EwcError.CONNECTION_REFUSED;
            }
            if (m.contains("no more authentication methods") || m.contains("authentication failed")) {
                return EwcError.AUTH_FAILED;
            }
            if (m.contains("timeout") || m.contains("timed out")) {
                return EwcError.CONNECT_TIMEOUT;
            }
            if (m.contains("network is unreachable") || m.contains("no route")) {
                return EwcError.NO_ROUTE;
            }
        }
        return EwcError.CONNECT_FAILED;
    }

    private static String chain(Throwable e) {
        StringBuilder sb = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            sb.append(sb.isEmpty() ? "" : " <- ")
                    .append(t.getClass().getSimpleName())
                    .append(": ")
                    .append(t.getMessage());
        }
        return sb.toString();
    }
}
