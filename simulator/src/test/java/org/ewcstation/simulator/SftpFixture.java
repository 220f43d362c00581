package org.ewcstation.simulator;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.sshd.common.file.virtualfs.VirtualFileSystemFactory;
import org.apache.sshd.common.session.Session;
import org.apache.sshd.common.session.SessionListener;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.keyprovider.SimpleGeneratorHostKeyProvider;
import org.apache.sshd.sftp.server.SftpSubsystemFactory;

/** A real SFTP server (MINA) on loopback, port 0, recording who logged in from where. */
final class SftpFixture implements AutoCloseable {

    final SshServer server = SshServer.setUpDefaultServer();
    final List<String> logins = new CopyOnWriteArrayList<>();

    SftpFixture(Path root, String user, String password) throws IOException {
        server.setHost("127.0.0.1");
        server.setPort(0);
        server.setKeyPairProvider(new SimpleGeneratorHostKeyProvider());
        server.setPasswordAuthenticator((u, p, s) -> {
            boolean ok = user.equals(u) && password.equals(p);
            if (ok) {
                logins.add(u + "@"
                        + ((InetSocketAddress) s.getClientAddress())
                                .getAddress()
                                .getHostAddress());
            }
            return ok;
        });
        server.setFileSystemFactory(new VirtualFileSystemFactory(root));
        server.setSubsystemFactories(List.of(new SftpSubsystemFactory.Builder().build()));
        server.addSessionListener(new SessionListener() {
            @Override
            public void sessionCreated(Session session) {
                // nothing: logins are recorded on authentication
            }
        });
        server.start();
    }

    int port() {
        return server.getPort();
    }

    @Override
    public void close() throws IOException {
        server.stop(true);
    }
}
