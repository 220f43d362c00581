package org.ewcstation.tests.tftp;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.UnaryOperator;
import org.ewcstation.servers.event.TransferEvent;
import org.ewcstation.servers.event.TransferListener;
import org.ewcstation.servers.event.TransferRegistry;
import org.ewcstation.servers.tftp.TftpServer;
import org.ewcstation.servers.tftp.TftpSettings;

/** Our TFTP server on 127.0.0.1, an ephemeral port and a scratch root, recording its events. */
final class TftpFixture implements AutoCloseable, TransferListener {

    final Path root;
    final TransferRegistry registry = new TransferRegistry();
    final List<TransferEvent> events = new CopyOnWriteArrayList<>();
    final TftpServer server;

    TftpFixture(Path root, UnaryOperator<TftpSettings> tweak) throws IOException {
        this.root = root;
        TftpSettings settings = tweak.apply(TftpSettings.defaults(root)
                .withBindAddress(InetAddress.getLoopbackAddress())
                .withPort(0));
        server = new TftpServer(settings, this, registry);
        server.start();
    }

    int port() {
        return server.localAddress().getPort();
    }

    String host() {
        return "127.0.0.1";
    }

    @Override
    public void onEvent(TransferEvent event) {
        events.add(event);
    }

    <T extends TransferEvent> List<T> of(Class<T> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }

    /** A file of pseudo-random bytes (every MiB different, so a misplaced block changes the hash). */
    Path randomFile(String name, long size) throws IOException {
        Path file = root.resolve(name);
        Files.createDirectories(file.getParent());
        SplittableRandom random = new SplittableRandom(size);
        ByteBuffer chunk = ByteBuffer.allocate(1 << 20);
        try (FileChannel ch = FileChannel.open(
                file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
            long left = size;
            while (left > 0) {
                chunk.clear();
                while (chunk.remaining() >= 8) {
                    chunk.putLong(random.nextLong());
                }
                chunk.flip().limit((int) Math.min(chunk.limit(), left));
                left -= ch.write(chunk);
            }
        }
        return file;
    }

    static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] buf = new byte[1 << 16];
            for (int n; (n = in.read(buf)) > 0; ) {
                md.update(buf, 0, n);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.close();
    }
}
