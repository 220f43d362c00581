package org.ewcstation.servers.sftp;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.keyverifier.AcceptAllServerKeyVerifier;
import org.apache.sshd.client.session.ClientSession;
import org.ewcstation.servers.ServerStartException;
import org.ewcstation.servers.event.TransferEvent;
import org.ewcstation.servers.event.TransferRegistry;
import org.ewcstation.servers.net.PeerFilter;
import org.slf4j.LoggerFactory;

/**
 * A real server on 127.0.0.1 and an ephemeral port over a scratch repository, plus a real MINA client
 * (accept-all host key verifier: tests only). The repository holds a file, a sub-folder, a symlink
 * inside and a symlink that leads out of the root.
 */
final class SftpTestServer implements AutoCloseable {

    static final String HELLO = "こんにちは EWC\n";

    final Path root;
    final Path outside;
    final List<TransferEvent> events = new CopyOnWriteArrayList<>();
    final TransferRegistry registry = new TransferRegistry();
    final SftpServer server;
    final SftpServerInfo info;
    final SshClient client;

    SftpTestServer(Path scratch, Path hostKeys, SftpSettings tweak) throws IOException, ServerStartException {
        this(scratch, hostKeys, tweak, true);
    }

    SftpTestServer(Path scratch, Path hostKeys, SftpSettings tweak, boolean populate)
            throws IOException, ServerStartException {
        this(scratch, hostKeys, tweak, populate, PeerFilter.anyHost());
    }

    SftpTestServer(Path scratch, Path hostKeys, SftpSettings tweak, boolean populate, PeerFilter allowed)
            throws IOException, ServerStartException {
        // MINA logs every packet at debug level: slow, and it buries our own log lines in the report
        ((Logger) LoggerFactory.getLogger("org.apache.sshd")).setLevel(Level.INFO);
        root = Files.createDirectories(scratch.resolve("repo"));
        outside = scratch.resolve("secret.txt");
        if (populate) {
            Files.writeString(outside, "not for the controller", StandardCharsets.UTF_8);
            Files.writeString(root.resolve("hello.txt"), HELLO, StandardCharsets.UTF_8);
            Files.createDirectories(root.resolve("EWC/17_9_4a"));
            Files.write(root.resolve("EWC/17_9_4a/ap1g7"), new byte[300_000]);
            Files.createSymbolicLink(root.resolve("escape"), outside);
            Files.createSymbolicLink(root.resolve("inside"), root.resolve("hello.txt"));
        }
        SftpSettings settings = tweak == null ? settings(root, hostKeys) : tweak;
        server = new SftpServer(settings, events::add, registry, new SecureRandom(), allowed);
        info = server.start();
        client = SshClient.setUpDefaultClient();
        client.setServerKeyVerifier(AcceptAllServerKeyVerifier.INSTANCE);
        client.start();
    }

    /** Loopback, ephemeral port, short delays so the tests stay fast. */
    static SftpSettings settings(Path root, Path hostKeys) {
        return SftpSettings.defaults(root, hostKeys)
                .withBind("127.0.0.1", 0)
                .withLimits(Duration.ofMillis(300), 2, 2, Duration.ofMinutes(1))
                .withProgressInterval(Duration.ofNanos(1));
    }

    int port() {
        return info.address().getPort();
    }

    ClientSession login(String user, String... passwords) throws IOException {
        ClientSession s = client.connect(user, "127.0.0.1", port())
                .verify(Duration.ofSeconds(10))
                .getSession();
        for (String p : passwords) {
            s.addPasswordIdentity(p);
        }
        s.auth().verify(Duration.ofSeconds(10));
        return s;
    }

    /** Logs in from another loopback address of this host (127.0.0.2…): another peer to the server. */
    ClientSession loginFrom(String localAddress) throws IOException {
        ClientSession s = client.connect(
                        info.credentials().user(),
                        new InetSocketAddress("127.0.0.1", port()),
                        new InetSocketAddress(localAddress, 0))
                .verify(Duration.ofSeconds(10))
                .getSession();
        s.addPasswordIdentity(info.credentials().password());
        s.auth().verify(Duration.ofSeconds(10));
        return s;
    }

    ClientSession login() throws IOException {
        return login(info.credentials().user(), info.credentials().password());
    }

    <T extends TransferEvent> List<T> eventsOf(Class<T> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }

    @Override
    public void close() throws IOException {
        client.stop();
        server.close();
    }
}
