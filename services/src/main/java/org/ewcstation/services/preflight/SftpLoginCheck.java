package org.ewcstation.services.preflight;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Locale;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.keyverifier.AcceptAllServerKeyVerifier;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.SshException;
import org.apache.sshd.sftp.client.SftpClient;
import org.apache.sshd.sftp.client.SftpClientFactory;
import org.apache.sshd.sftp.common.SftpConstants;
import org.apache.sshd.sftp.common.SftpException;
import org.ewcstation.services.preflight.PreflightInput.SftpSelfTest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The preflight's SFTP self-test: logs in to our own SFTP server over loopback with the credentials the profile
 * will carry and stats the profile path, exactly what the controller will do first. Loopback only, so the
 * password never leaves this machine; any host key is accepted for the same reason (it is our own server).
 */
public final class SftpLoginCheck {

    private static final Logger LOG = LoggerFactory.getLogger(SftpLoginCheck.class);

    /** Failure codes, which pick the preflight's message. */
    public static final String AUTH = "auth";

    public static final String REFUSED = "refused";
    public static final String TIMEOUT = "timeout";
    public static final String PATH = "path";
    public static final String ERROR = "error";

    private final Duration timeout;

    public SftpLoginCheck(Duration timeout) {
        this.timeout = timeout;
    }

    public SftpSelfTest check(String loopbackHost, int port, String user, String password, String path) {
        InetAddress address;
        try {
            address = InetAddress.getByName(loopbackHost);
        } catch (IOException e) {
            return new SftpSelfTest(false, ERROR);
        }
        if (!address.isLoopbackAddress()) {
            throw new IllegalArgumentException("the SFTP self-test only talks to loopback, not " + loopbackHost);
        }
        String failure = login(address, port, user, password, path);
        return new SftpSelfTest(failure.isEmpty(), failure);
    }

    /**
     * The technician's own SFTP server: log in with the account the profile will carry and stat the path. Its host
     * key is not checked (the controller does not check it either); the fingerprint is logged.
     */
    public ExistingServerCheck checkExisting(String host, int port, String user, String password, String path) {
        InetAddress address;
        try {
            address = InetAddress.getByName(host);
        } catch (UnknownHostException e) {
            return ExistingServerCheck.failed(ExistingServerCheck.UNKNOWN_HOST, path);
        }
        String failure = login(address, port, user, password, path);
        String code = switch (failure) {
            case "" -> "";
            case AUTH -> ExistingServerCheck.AUTH;
            case REFUSED -> ExistingServerCheck.REFUSED;
            case TIMEOUT -> ExistingServerCheck.TIMEOUT;
            case PATH -> ExistingServerCheck.NOT_FOUND;
            default -> ExistingServerCheck.ERROR;
        };
        return new ExistingServerCheck(code.isEmpty(), code, path, 0);
    }

    /** Empty when the login and the stat worked, else the failure code. */
    private String login(InetAddress address, int port, String user, String password, String path) {
        SshClient client = SshClient.setUpDefaultClient();
        client.setServerKeyVerifier(AcceptAllServerKeyVerifier.INSTANCE);
        client.start();
        try (ClientSession session = client.connect(user, address.getHostAddress(), port)
                .verify(timeout)
                .getSession()) {
            session.addPasswordIdentity(password);
            session.auth().verify(timeout);
            try (SftpClient sftp = SftpClientFactory.instance().createSftpClient(session)) {
                sftp.stat(path == null || path.isBlank() ? "." : path);
            }
            return "";
        } catch (SftpException e) {
            return e.getStatus() == SftpConstants.SSH_FX_NO_SUCH_FILE ? PATH : ERROR;
        } catch (IOException e) {
            String code = classify(e);
            LOG.info("SFTP login to port {} failed: {} ({})", port, code, e.toString()); // never the password
            return code;
        } finally {
            client.stop();
        }
    }

    private static String classify(IOException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConnectException) {
                return REFUSED;
            }
            String m = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            if (m.contains("timeout") || m.contains("timed out")) {
                return TIMEOUT;
            }
            if (t instanceof SshException && (m.contains("authentication") || m.contains("auth"))) {
                return AUTH;
            }
            if (m.contains("connection refused")) {
                return REFUSED;
            }
        }
        return ERROR;
    }
}
