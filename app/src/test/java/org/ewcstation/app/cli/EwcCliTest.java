package org.ewcstation.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.commons.net.tftp.TFTP;
import org.apache.commons.net.tftp.TFTPClient;
import org.awaitility.Awaitility;
import org.ewcstation.simulator.SimulatedEwc;
import org.ewcstation.simulator.SimulatorBuilder;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line as a user runs it: a separate JVM (so {@code --password-env} reads a real environment
 * variable) against the simulated EWC over real SSH.
 */
class EwcCliTest {

    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    record Run(int code, String out, String err) {}

    Run run(Map<String, String> env, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED",
                "-cp",
                System.getProperty("java.class.path"),
                "org.ewcstation.app.Launcher"));
        cmd.addAll(List.of(args));
        cmd.addAll(List.of("--data-dir", dir.resolve("data").toString()));
        ProcessBuilder pb = new ProcessBuilder(cmd)
                .redirectOutput(dir.resolve("out.txt").toFile())
                .redirectError(dir.resolve("err.txt").toFile());
        pb.environment().putAll(env);
        Process p = pb.start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("CLI did not finish: " + cmd);
        }
        return new Run(
                p.exitValue(), Files.readString(dir.resolve("out.txt")), Files.readString(dir.resolve("err.txt")));
    }

    static SimulatorBuilder sim() {
        return SimulatedEwc.builder().capwapPort(-1).hostKey(Path.of("target", "test-sim-host-key"));
    }

    /** parse needs no environment: run it in this JVM, capturing standard output and error. */
    Run inProcess(String... args) {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int code = EwcStationCommand.commandLine().execute(args);
            return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    @Test
    void parsePrintsTheSampleShapeAsJson() throws Exception {
        Path samples = Path.of(System.getProperty("ewcstation.shared"), "samples");
        Run r = inProcess(
                "parse",
                "show-ap-image",
                samples.resolve("show_ap_image__seed__1.txt").toString(),
                "--json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode expected = JSON.readTree(
                samples.resolve("show_ap_image__seed__1.expected.json").toFile());
        assertThat(JSON.readTree(r.out())).isEqualTo(expected);
        Run v = inProcess(
                "parse",
                "show-version",
                samples.resolve("show_version__genieparser-c9800cl__1.txt").toString(),
                "--json");
        assertThat(JSON.readTree(v.out()).get("platform").asText()).isEqualTo("C9800-CL");
        assertThat(JSON.readTree(v.out()).get("ewc").asBoolean()).isFalse();
        Run s = inProcess(
                "parse",
                "show-ap-summary",
                samples.resolve("show_ap_summary__ntc-ios__1.txt").toString(),
                "--json");
        JsonNode ap = JSON.readTree(s.out()).get("aps").get(0);
        assertThat(ap.get("regulatoryDomain").isNull()).isTrue();
        assertThat(ap.get("slots").asInt()).isEqualTo(2);
        Run text = inProcess(
                "parse",
                "show-ap-summary",
                samples.resolve("show_ap_summary__genieparser__5.txt").toString());
        // a table: a header, then the columns aligned (the model column starts at one place on every line)
        assertThat(text.out())
                .contains("AP002A.1087.CA0A  AIR-AP2802E-D-K9  ap3g3       2001:9:3:13:c822:82c8:32da:484d  Registered")
                .contains("AP687D.B402.BB44  C9120AXE-D        ap1g7");
        Run bad = inProcess(
                "parse",
                "show-nonsense",
                samples.resolve("show_ap_image__seed__1.txt").toString());
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).contains("show-nonsense");
    }

    @Test
    void statusAndPushAgainstTheSimulator() throws Exception {
        try (SimulatedEwc ewc = sim().aps(5).start()) {
            String port = String.valueOf(ewc.sshPort());
            Map<String, String> env = Map.of("EWC_PW", "Cisco123!", "SFTP_PW", "Sftp-Secret-1");
            Run st = run(
                    env,
                    "status",
                    "--host",
                    "127.0.0.1",
                    "--port",
                    port,
                    "--user",
                    "admin",
                    "--password-env",
                    "EWC_PW",
                    "--json");
            assertThat(st.code()).as(st.err()).isZero();
            JsonNode snap = JSON.readTree(st.out());
            assertThat(snap.get("aps")).hasSize(5);
            assertThat(snap.get("aps").get(0).get("imageType").asText()).isEqualTo("ap1g7");
            Run table = run(
                    env,
                    "status",
                    "--host",
                    "127.0.0.1",
                    "--port",
                    port,
                    "--user",
                    "admin",
                    "--password-env",
                    "EWC_PW");
            assertThat(table.out()).contains("AP name").contains("Image type").contains("ap1g7");

            Run push = run(
                    env,
                    "push",
                    "--host",
                    "127.0.0.1",
                    "--port",
                    port,
                    "--user",
                    "admin",
                    "--password-env",
                    "EWC_PW",
                    "--mode",
                    "sftp",
                    "--server",
                    "192.0.2.9",
                    "--path",
                    "images/17_12",
                    "--sftp-user",
                    "tech",
                    "--sftp-password-env",
                    "SFTP_PW",
                    "--transcript");
            assertThat(push.code()).as(push.err()).isZero();
            assertThat(push.out()).contains("\nsftp-password 0 *****\n").contains("read back and verified");
            assertThat(push.out() + push.err()).doesNotContain("Sftp-Secret-1").doesNotContain("Cisco123!");

            Run ja = run(
                    Map.of("EWC_PW", "nope"),
                    "status",
                    "--host",
                    "127.0.0.1",
                    "--port",
                    port,
                    "--user",
                    "admin",
                    "--password-env",
                    "EWC_PW",
                    "--lang",
                    "ja");
            assertThat(ja.code()).isEqualTo(2);
            assertThat(ja.err()).contains("ログインが拒否されました");
        }
    }

    @Test
    @Tag("interop")
    void pushStartFollowsThePredownloadToTheEndOverRealTftp() throws Exception {
        Path root = dir.resolve("tftp");
        Path images = Files.createDirectories(root.resolve("EWC/17_12_1"));
        for (String t : List.of("ap1g4", "ap1g5", "ap1g6", "ap1g6a", "ap1g7", "ap1g8", "ap3g3")) {
            Files.write(images.resolve(t), new byte[200_000 + t.length()]);
        }
        Files.writeString(root.resolve("probe.txt"), "ready");
        if (!Files.isExecutable(Path.of("/usr/sbin/in.tftpd"))) {
            throw new AssertionError("install tftpd-hpa: apt-get install tftpd-hpa");
        }
        int port;
        try (var probe = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
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
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("tftpd.log").toFile())
                .start();
        try (SimulatedEwc ewc =
                sim().aps(6).tftpPort(port).ownImageSize(300_000).start()) {
            Awaitility.await().atMost(Duration.ofSeconds(20)).ignoreExceptions().until(() -> {
                var c = new TFTPClient();
                c.open();
                try {
                    var out = new ByteArrayOutputStream();
                    c.receiveFile("probe.txt", TFTP.BINARY_MODE, out, InetAddress.getLoopbackAddress(), port);
                    return out.size() == 5;
                } finally {
                    c.close();
                }
            });
            Run push = run(
                    Map.of("EWC_PW", "Cisco123!"),
                    "push",
                    "--host",
                    "127.0.0.1",
                    "--port",
                    String.valueOf(ewc.sshPort()),
                    "--user",
                    "admin",
                    "--password-env",
                    "EWC_PW",
                    "--mode",
                    "tftp",
                    "--server",
                    "127.0.0.1",
                    "--path",
                    "/EWC/17_12_1",
                    "--start",
                    "--yes",
                    "--interval",
                    "PT0.5S");
            assertThat(push.code()).as(push.out() + push.err()).isZero();
            assertThat(push.out())
                    .contains("install add profile default")
                    .contains("Pre-download started")
                    .contains("Every access point (6) holds 17.12.1.5: ready to activate.");
            Run again = run(
                    Map.of("EWC_PW", "Cisco123!"),
                    "push",
                    "--host",
                    "127.0.0.1",
                    "--port",
                    String.valueOf(ewc.sshPort()),
                    "--user",
                    "admin",
                    "--password-env",
                    "EWC_PW",
                    "--mode",
                    "tftp",
                    "--server",
                    "127.0.0.1",
                    "--path",
                    "/EWC/missing",
                    "--start",
                    "--yes",
                    "--interval",
                    "PT0.5S");
            assertThat(again.code()).as(again.out() + again.err()).isEqualTo(4);
            assertThat(again.err()).contains("Controller error:").contains("tftp://127.0.0.1/EWC/missing/");
        } finally {
            tftpd.destroy();
            tftpd.waitFor(5, TimeUnit.SECONDS);
        }
    }

    @Test
    void aRefusedPushExitsNonZeroWithTheControllersWords() throws Exception {
        try (SimulatedEwc ewc = sim().without("sftp-image-port <1-65535>").start()) {
            Run push = run(
                    Map.of("EWC_PW", "Cisco123!", "SFTP_PW", "x1234567"),
                    "push",
                    "--host",
                    "127.0.0.1",
                    "--port",
                    String.valueOf(ewc.sshPort()),
                    "--user",
                    "admin",
                    "--password-env",
                    "EWC_PW",
                    "--mode",
                    "sftp",
                    "--server",
                    "192.0.2.9",
                    "--path",
                    "images",
                    "--sftp-user",
                    "tech",
                    "--sftp-password-env",
                    "SFTP_PW",
                    "--sftp-port",
                    "2222");
            assertThat(push.code()).isEqualTo(3);
            assertThat(push.err()).contains("sftp-image-port 2222").contains("Invalid input");
        }
    }
}
