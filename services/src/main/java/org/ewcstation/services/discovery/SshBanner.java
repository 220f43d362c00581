package org.ewcstation.services.discovery;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.Optional;

/**
 * Reads an SSH server's identification string (RFC 4253 4.2): the server speaks first, so connecting and
 * reading one line is enough; nothing is sent. Lines before the {@code SSH-} line are allowed by the RFC and
 * skipped; at most 8 KiB is read so a chatty service cannot hold a worker.
 */
final class SshBanner {

    private static final int MAX_BYTES = 8192;

    private final Duration connectTimeout;
    private final Duration readTimeout;

    SshBanner(Duration connectTimeout, Duration readTimeout) {
        this.connectTimeout = connectTimeout;
        this.readTimeout = readTimeout;
    }

    Optional<String> read(InetSocketAddress target) {
        try (Socket s = new Socket()) {
            s.connect(target, (int) connectTimeout.toMillis());
            s.setSoTimeout((int) readTimeout.toMillis());
            InputStream in = s.getInputStream();
            StringBuilder line = new StringBuilder();
            for (int n = 0, b; n < MAX_BYTES && (b = in.read()) >= 0; n++) {
                if (b == '\n') {
                    String l = line.toString().strip();
                    if (l.startsWith("SSH-")) {
                        return Optional.of(l);
                    }
                    line.setLength(0);
                } else if (line.length() < 255) {
                    line.append((char) b);
                }
            }
            return Optional.empty();
        } catch (IOException e) {
            return Optional.empty(); // closed, filtered or not SSH: silence is the normal case
        }
    }
}
