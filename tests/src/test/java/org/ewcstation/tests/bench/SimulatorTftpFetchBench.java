package org.ewcstation.tests.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.OutputStream;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.ewcstation.simulator.network.FetchedImage;
import org.ewcstation.simulator.network.TftpImageFetcher;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The simulated controller's TFTP client against the reference clients (tftp-hpa's {@code tftp}, and curl
 * with blksize), all fetching the same 40 MiB image from the same tftpd-hpa in the same run. Prints the
 * ratios; run through tests/bench/simulator-tftp-fetch.sh.
 */
@Tag("bench")
class SimulatorTftpFetchBench {

    @TempDir
    Path tmp;

    @Test
    void fetchSpeedAgainstReferenceClients() throws Exception {
        for (String t : new String[] {"/usr/sbin/in.tftpd", "/usr/bin/tftp", "/usr/bin/curl"}) {
            if (!Files.isExecutable(Path.of(t))) {
                fail("install tftpd-hpa, tftp-hpa and curl: " + t + " is missing");
            }
        }
        Path root = Files.createDirectories(tmp.resolve("root"));
        byte[] chunk = new byte[1 << 20];
        new Random(3).nextBytes(chunk);
        try (var out = Files.newOutputStream(root.resolve("ap3g3"))) {
            for (int i = 0; i < 40; i++) {
                out.write(chunk);
            }
        }
        int port;
        try (DatagramSocket s = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))) {
            port = s.getLocalPort();
        }
        Process tftpd = new ProcessBuilder(
                        "/usr/sbin/in.tftpd",
                        "--listen",
                        "--foreground",
                        "--address",
                        "127.0.0.1:" + port,
                        "--user",
                        "root",
                        "--secure",
                        root.toString())
                .start();
        try {
            // warm-up (JIT, page cache, tftpd ready)
            for (int i = 0; i < 5; i++) {
                try {
                    ours(port, 1468);
                    break;
                } catch (Exception e) {
                    tftpd.waitFor(300, TimeUnit.MILLISECONDS);
                }
            }
            double ours512 = time(() -> ours(port, 0));
            double ref512 = time(() -> run(
                    "tftp",
                    "-m",
                    "binary",
                    "127.0.0.1",
                    Integer.toString(port),
                    "-c",
                    "get",
                    "ap3g3",
                    tmp.resolve("ref512").toString()));
            double ours1468 = time(() -> ours(port, 1468));
            double ref1468 = time(() -> run(
                    "curl",
                    "-s",
                    "--tftp-blksize",
                    "1468",
                    "-o",
                    tmp.resolve("ref1468").toString(),
                    "tftp://127.0.0.1:" + port + "/ap3g3"));
            System.out.printf(
                    Locale.ROOT,
                    "TFTP 40 MiB, blksize 512 : ours %.2f s, tftp-hpa %.2f s, ratio ours/ref %.2f%n",
                    ours512,
                    ref512,
                    ours512 / ref512);
            System.out.printf(
                    Locale.ROOT,
                    "TFTP 40 MiB, blksize 1468: ours %.2f s, curl %.2f s, ratio ours/ref %.2f%n",
                    ours1468,
                    ref1468,
                    ours1468 / ref1468);
            assertThat(Files.size(tmp.resolve("ref512"))).isEqualTo(40L << 20);
        } finally {
            tftpd.destroy();
            tftpd.waitFor();
        }
    }

    private void ours(int port, int blksize) throws Exception {
        FetchedImage got = new TftpImageFetcher(
                        InetAddress.getLoopbackAddress(),
                        new InetSocketAddress("127.0.0.1", port),
                        Duration.ofSeconds(1),
                        5,
                        blksize,
                        false)
                .fetch("ap3g3", tmp.resolve("ours-" + blksize));
        assertThat(got.size()).isEqualTo(40L << 20);
    }

    private static void run(String... cmd) throws Exception {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        p.getInputStream().transferTo(OutputStream.nullOutputStream());
        assertThat(p.waitFor()).isZero();
    }

    private interface Task {
        void run() throws Exception;
    }

    private static double time(Task t) throws Exception {
        long t0 = System.nanoTime();
        t.run();
        return (System.nanoTime() - t0) / 1e9;
    }
}
