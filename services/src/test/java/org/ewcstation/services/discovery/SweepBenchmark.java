package org.ewcstation.services.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.sshd.core.CoreModuleProperties;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.keyprovider.SimpleGeneratorHostKeyProvider;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sweeping 127.0.0.0/24 for SSH servers (three Apache MINA servers speaking like IOS on 127.0.0.30-32) with
 * {@link SshSweep} against OpenSSH's {@code ssh-keyscan -f} over the same 254 addresses in the same run. Run
 * through tests/bench/ssh-sweep-vs-ssh-keyscan.sh; prints the ratio. Loopback only.
 */
@Tag("bench")
class SweepBenchmark {

    private static final Logger LOG = LoggerFactory.getLogger(SweepBenchmark.class);

    @TempDir
    Path tmp;

    @Test
    void sweepVersusSshKeyscan() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.30"))) {
            port = s.getLocalPort();
        }
        List<SshServer> servers = new ArrayList<>();
        try {
            for (int i = 30; i <= 32; i++) {
                SshServer s = SshServer.setUpDefaultServer();
                SimpleGeneratorHostKeyProvider keys =
                        new SimpleGeneratorHostKeyProvider(Path.of("target", "bench-ssh-key"));
                keys.setAlgorithm("EC");
                s.setKeyPairProvider(keys);
                CoreModuleProperties.SERVER_IDENTIFICATION.set(s, "Cisco-1.25");
                s.setHost("127.0.0." + i);
                s.setPort(port);
                s.start();
                servers.add(s);
            }
            Cidr range = Cidr.parse("127.0.0.0/24");
            Path list = tmp.resolve("hosts.txt");
            Files.write(
                    list,
                    range.hosts().stream().map(InetAddress::getHostAddress).toList(),
                    StandardCharsets.US_ASCII);
            SshSweep sweep = new SshSweep(SshSweep.Settings.DEFAULTS, null, null);
            long best = Long.MAX_VALUE;
            long bestRef = Long.MAX_VALUE;
            for (int i = 0; i < 3; i++) {
                long t0 = System.nanoTime();
                List<SshHost> found = sweep.sweep(range, List.of(port), null, SweepListener.NONE);
                best = Math.min(best, System.nanoTime() - t0);
                assertThat(found).hasSize(3).allMatch(SshHost::cisco);
                long t1 = System.nanoTime();
                Process p = new ProcessBuilder(
                                "ssh-keyscan", "-T", "2", "-p", String.valueOf(port), "-f", list.toString())
                        .redirectErrorStream(true)
                        .redirectOutput(tmp.resolve("keyscan.txt").toFile())
                        .start();
                assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
                bestRef = Math.min(bestRef, System.nanoTime() - t1);
                assertThat(Files.readString(tmp.resolve("keyscan.txt"))).contains("127.0.0.31");
            }
            String line = String.format(
                    "BENCH ssh-sweep /24: ours %.0f ms, ssh-keyscan %.0f ms, ratio %.2f (ours/ref)",
                    best / 1e6, bestRef / 1e6, (double) best / bestRef);
            LOG.info(line);
            System.out.println(line);
        } finally {
            for (SshServer s : servers) {
                s.stop(true);
            }
        }
    }
}
