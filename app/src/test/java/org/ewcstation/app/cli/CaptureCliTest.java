package org.ewcstation.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipInputStream;
import org.ewcstation.simulator.SimulatedEwc;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code capture} as a technician runs it (its own JVM, the password in an environment variable) against the
 * simulated EWC over real SSH, then {@code parse} reading the zip back.
 */
class CaptureCliTest {

    static final String SFTP_SECRET = "Sftp-Secret-1";

    @TempDir
    Path dir;

    record Run(int code, String out, String err) {}

    Run launch(Map<String, String> env, String... args) throws IOException, InterruptedException {
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
        if (!p.waitFor(180, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("CLI did not finish: " + cmd);
        }
        return new Run(
                p.exitValue(), Files.readString(dir.resolve("out.txt")), Files.readString(dir.resolve("err.txt")));
    }

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
    void captureThenParseTheZip() throws Exception {
        try (SimulatedEwc ewc = SimulatedEwc.builder()
                .capwapPort(-1)
                .hostKey(Path.of("target", "test-sim-host-key"))
                .aps(3)
                .start()) {
            String port = String.valueOf(ewc.sshPort());
            Map<String, String> env = Map.of("EWC_PW", "Cisco123!", "SFTP_PW", SFTP_SECRET);
            List<String> login =
                    List.of("--host", "127.0.0.1", "--port", port, "--user", "admin", "--password-env", "EWC_PW");
            List<String> push = new ArrayList<>(List.of("push"));
            push.addAll(login);
            push.addAll(List.of(
                    "--mode",
                    "sftp",
                    "--server",
                    "192.0.2.9",
                    "--path",
                    "images",
                    "--sftp-user",
                    "tech",
                    "--sftp-password-env",
                    "SFTP_PW"));
            assertThat(launch(env, push.toArray(String[]::new)).code()).isZero();

            Path zip = dir.resolve("ewc-capture.zip");
            List<String> capture = new ArrayList<>(List.of("capture"));
            capture.addAll(login);
            capture.addAll(List.of("--out", zip.toString()));
            Run c = launch(env, capture.toArray(String[]::new));
            assertThat(c.code()).as(c.err()).isZero();
            assertThat(c.out()).contains("Capture written to " + zip).contains("0 failed");
            assertThat(c.err()).contains("[1/20] show version: answered");
            assertThat(zipText(zip)).doesNotContain(SFTP_SECRET).doesNotContain("Cisco123!");

            Run p = inProcess("parse", zip.toString());
            assertThat(p.code()).as(p.err()).isZero();
            assertThat(p.out())
                    .contains("Capture of WLC-EWC (127.0.0.1 port " + port + ")")
                    .contains("[1] show version: answered")
                    .contains("This is an Embedded Wireless Controller (EWC).")
                    .contains("[3] show ap image: answered")
                    .contains("Image-download profile default: mode sftp, server 192.0.2.9, path images, user tech,"
                            + " password set (type 7)")
                    .contains("(wireless profile image-download default / image-download-mode sftp) ?: answered")
                    .contains("sftp-image-port")
                    .doesNotContain("VersionInfo[");
            Run ja = inProcess("parse", zip.toString(), "--lang", "ja");
            assertThat(ja.out()).contains("のキャプチャ").contains("show version: 応答あり");
        }
    }

    @Test
    void aRefusedLoginWritesNoZip() throws Exception {
        try (SimulatedEwc ewc = SimulatedEwc.builder()
                .capwapPort(-1)
                .hostKey(Path.of("target", "test-sim-host-key"))
                .start()) {
            Path zip = dir.resolve("none.zip");
            Run c = launch(
                    Map.of("EWC_PW", "wrong"),
                    "capture",
                    "--host",
                    "127.0.0.1",
                    "--port",
                    String.valueOf(ewc.sshPort()),
                    "--user",
                    "admin",
                    "--password-env",
                    "EWC_PW",
                    "--out",
                    zip.toString());
            assertThat(c.code()).isEqualTo(2);
            assertThat(c.err()).contains("refused the login");
            assertThat(zip).doesNotExist();
        }
        Run noFolder = inProcess(
                "capture",
                "--host",
                "127.0.0.1",
                "--user",
                "a",
                "--out",
                dir.resolve("no/such/x.zip").toString());
        assertThat(noFolder.code()).isEqualTo(2);
        assertThat(noFolder.err()).contains("does not exist");
    }

    private static String zipText(Path zip) throws IOException {
        StringBuilder sb = new StringBuilder();
        try (ZipInputStream z = new ZipInputStream(Files.newInputStream(zip))) {
            while (z.getNextEntry() != null) {
                sb.append(new String(z.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return sb.toString();
    }
}
