package org.ewcstation.tests.tftp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ewc-station serve} as a real process: what it prints, what it serves, how it fails. */
@Tag("interop")
class ServeCommandInteropTest {

    @TempDir
    Path dir;

    final ObjectMapper json = new ObjectMapper();

    Process serve(String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Duser.language=en",
                "-cp",
                System.getProperty("java.class.path"),
                "org.ewcstation.app.Launcher",
                "serve",
                "--data-dir",
                dir.resolve("data").toString()));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd)
                .redirectError(dir.resolve("serve.err").toFile())
                .start();
    }

    @Test
    void printsWhereItListensThenOneJsonLinePerEvent() throws Exception {
        String curl = ExternalTool.require("curl", "curl");
        Path root = Files.createDirectories(dir.resolve("root"));
        Files.write(root.resolve("ap1g7"), new byte[5000]);
        Process p = serve("--root", root.toString(), "--bind", "127.0.0.1", "--tftp-port", "0", "--json");
        try (BufferedReader out =
                new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            JsonNode listening = json.readTree(out.readLine());
            assertThat(listening.get("event").asText()).isEqualTo("Listening");
            assertThat(listening.get("protocol").asText()).isEqualTo("TFTP");
            int port = listening.get("port").asInt();
            assertThat(port).isPositive();
            var ok = ExternalTool.run(
                    dir,
                    30,
                    List.of(curl, "-sS", "-o", dir.resolve("got").toString(), "tftp://127.0.0.1:" + port + "/ap1g7"));
            assertThat(ok.exitCode()).as(ok.all()).isZero();
            ExternalTool.run(
                    dir,
                    30,
                    List.of(
                            curl,
                            "-sS",
                            "-o",
                            dir.resolve("x").toString(),
                            "tftp://127.0.0.1:" + port + "/wrong/path.bin"));
            JsonNode started = json.readTree(out.readLine());
            assertThat(started.get("event").asText()).isEqualTo("Started");
            assertThat(started.get("file").asText()).isEqualTo("ap1g7");
            assertThat(started.get("options").get("tsize").asText()).isEqualTo("5000");
            JsonNode next = json.readTree(out.readLine());
            while (next.get("event").asText().equals("Progress")) {
                next = json.readTree(out.readLine());
            }
            assertThat(next.get("event").asText()).isEqualTo("Completed");
            assertThat(next.get("bytes").asLong()).isEqualTo(5000);
            JsonNode refused = json.readTree(out.readLine());
            assertThat(refused.get("event").asText()).isEqualTo("Refused");
            assertThat(refused.get("requestedPath").asText()).isEqualTo("wrong/path.bin");
            assertThat(refused.get("reason").asText()).isEqualTo("NOT_FOUND");
        } finally {
            p.destroy(); // SIGTERM: the shutdown hook stops the servers
            assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
    }

    @Test
    void takenPortIsExplainedAndExitsWith2() throws Exception {
        Path root = Files.createDirectories(dir.resolve("root"));
        try (DatagramSocket squatter = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            Process p = serve(
                    "--root",
                    root.toString(),
                    "--bind",
                    "127.0.0.1",
                    "--tftp-port",
                    Integer.toString(squatter.getLocalPort()));
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(p.exitValue()).isEqualTo(2);
            assertThat(Files.readString(dir.resolve("serve.err")))
                    .contains("is already in use")
                    .contains("another TFTP server");
        }
    }

    @Test
    void missingRootIsABadInput() throws Exception {
        Process p = serve("--root", dir.resolve("nope").toString(), "--tftp-port", "0");
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isEqualTo(64);
        assertThat(Files.readString(dir.resolve("serve.err"))).contains("does not exist");
    }
}
