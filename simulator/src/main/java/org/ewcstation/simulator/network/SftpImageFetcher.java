package org.ewcstation.simulator.network;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.SshException;
import org.apache.sshd.sftp.client.SftpClient;
import org.apache.sshd.sftp.client.SftpClientFactory;
import org.apache.sshd.sftp.common.SftpConstants;
import org.apache.sshd.sftp.common.SftpException;

/**
 * The controller's SFTP client: it logs in with the profile's user and password (the credentials live on
 * the EWC, seed) from the controller's own address and reads the file relative to the user's home.
 */
public final class SftpImageFetcher implements ImageFetcher {

    private final SshClient client;
    private final InetAddress bind;
    private final InetSocketAddress target;
    private final String user;
    private final String password;
    private final Duration timeout;
    private final boolean corrupt;

    public SftpImageFetcher(
            SshClient client,
            InetAddress bind,
            InetSocketAddress target,
            String user,
            String password,
            Duration timeout,
            boolean corrupt) {
        this.client = client;
        this.bind = bind;
        this.target = target;
        this.user = user;
        this.password = password;
        this.timeout = timeout;
        this.corrupt = corrupt;
    }

    @Override
    public FetchedImage fetch(String remotePath, Path file) throws FetchException {
        try (ClientSession session = client.connect(user, target, new InetSocketAddress(bind, 0))
                .verify(timeout)
                .getSession()) {
            session.addPasswordIdentity(password == null ? "" : password);
            session.auth().verify(timeout);
            try (SftpClient sftp = SftpClientFactory.instance().createSftpClient(session);
                    InputStream in = sftp.read(remotePath);
                    OutputStream fileOut = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
                    HashingSink sink = new HashingSink(fileOut, corrupt)) {
                in.transferTo(sink);
                sink.flush();
                return new FetchedImage(file, sink.count(), sink.sha256());
            }
        } catch (SftpException e) {
            throw new FetchException(
                    switch (e.getStatus()) {
                        case SftpConstants.SSH_FX_NO_SUCH_FILE, SftpConstants.SSH_FX_NO_SUCH_PATH ->
                            FetchException.NOT_FOUND;
                        case SftpConstants.SSH_FX_PERMISSION_DENIED -> "Permission denied";
                        default -> e.getMessage();
                    },
                    e);
        } catch (IOException e) {
            throw new FetchException(reason(e), e);
        }
    }

    private static String reason(IOException e) {
        String m = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
        if (m.contains("timeout") || m.contains("timed out") || e instanceof SocketTimeoutException) {
            return FetchException.TIMED_OUT;
        }
        if (e instanceof SshException && (m.contains("auth") || m.contains("no more authentication methods"))) {
            return "Authentication failed";
        }
        if (m.contains("connection refused")) {
            return "Connection refused";
        }
        return e.getMessage();
    }
}
