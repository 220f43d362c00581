package org.ewcstation.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
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
    static final String FIXTURES = "org/ewcstation/services/ewc/fixtures/";

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
    void parsePrintsTheFixtureShapeAsJson() throws Exception {
        Run r = inProcess("parse", "show-ap-image", fixture("show_ap_image__ewc-mixed__1.txt"), "--json");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(JSON.readTree(r.out())).isEqualTo(expected("show_ap_image__ewc-mixed__1.expected.json"));
        Run v = inProcess("parse", "show-version", fixture("show_version__9800-cl__1.txt"), "--json");
        assertThat(JSON.readTree(v.out()).get("platform").asText()).isEqualTo("C9800-CL");
        assertThat(JSON.readTree(v.out()).get("ewc").asBoolean()).isFalse();
        Run e = inProcess("parse", "show-version", fixture("show_version__ewc__1.txt"), "--json");
        assertThat(JSON.readTree(e.out())).isEqualTo(expected("show_version__ewc__1.expected.json"));
        Run s = inProcess("parse", "show-ap-summary", fixture("show_ap_summary__old-layout__1.txt"), "--json");
        JsonNode ap = JSON.readTree(s.out()).get("aps").get(0);
        assertThat(ap.get("regulatoryDomain").isNull()).isTrue();
        assertThat(ap.get("slots").asInt()).isEqualTo(2);
        Run text = inProcess("parse", "show-ap-summary", fixture("show_ap_summary__new-layout__1.txt"));
        String ap3802 = line(text.out(), "AP5C5A.C716.0D84");
        String ewc = line(text.out(), "OSK-9120-EWC");
        assertThat(ap3802)
                .contains("AIR-AP3802I-Q-K9", "ap3g3", "2001:db8:30:15:5e5a:c7ff:fe16:d84")
                .endsWith("Registered");
        assertThat(ewc).contains("C9120AXI-Q", "ap1g7");
        // a table: the model column starts at one place on every line
        assertThat(ap3802.indexOf("AIR-AP3802I-Q-K9")).isEqualTo(ewc.indexOf("C9120AXI-Q"));
        Run bad = inProcess("parse", "show-nonsense", fixture("show_ap_image__ewc-mixed__1.txt"));
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).contains("show-nonsense");
    }

    private static String line(String text, String start) {
        return text.lines().filter(l -> l.startsWith(start)).findFirst().orElseThrow(() -> new AssertionError(text));
    }

    /** A controller-output fixture of the services module (its test jar), as a file the command line reads. */
    private String fixture(String name) throws IOException {
        Path file = dir.resolve(name);
        try (InputStream in = resource(name)) {
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
        }
        return file.toString();
    }

    private static JsonNode expected(String name) throws IOException {
        try (InputStream in = resource(name)) {
            return JSON.readTree(in);
        }
    }

    private static InputStream resource(String name) {
        InputStream in = EwcCliTest.class.getClassLoader().getResourceAsStream(FIXTURES + name);
        assertThat(in).as("fixture " + FIXTURES + name + " (services test jar)").isNotNull();
        return in;
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
            assertThat(ja.err()).contains("がログインを拒否しました");
        }
    }

    @Test
    @Tag("interop")
    void pushStartFollowsThePredownloadToTheEndOverRealTftp() throws Exception {
        try (TftpdHpaImages tftpd = new TftpdHpaImages(dir);
                SimulatedEwc ewc = sim().aps(6)
                        .tftpPort(tftpd.port())
                        .ownImageSize(300_000)
                        .start()) {
            Run push = pushTftpAndStart(ewc, "/EWC/17_12_1");
            assertThat(push.code()).as(push.out() + push.err()).isZero();
            assertThat(push.out())
                    .contains("install add profile default")
                    .contains("Pre-download started")
                    .contains("Every access point (6) holds 17.12.1.5: ready to activate.");
            Run again = pushTftpAndStart(ewc, "/EWC/missing");
            assertThat(again.code()).as(again.out() + again.err()).isEqualTo(4);
            assertThat(again.err()).contains("Controller error:").contains("tftp://127.0.0.1/EWC/missing/");
        }
    }

    private Run pushTftpAndStart(SimulatedEwc ewc, String path) throws IOException, InterruptedException {
        return run(
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
                path,
                "--start",
                "--yes",
                "--interval",
                "PT0.5S");
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
            assertThat(push.err())
                    .contains("sftp-image-port is not in its ? help")
                    .contains("2222")
                    .contains("Nothing was sent");
        }
    }
}
