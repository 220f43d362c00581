package org.ewcstation.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.ewcstation.simulator.SimulatedEwc;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code discover} in this JVM against a simulated EWC on 127.0.0.12 (SSH and CAPWAP, loopback only). */
class DiscoverCliTest {

    @TempDir
    Path dir;

    record Run(int code, String out, String err) {}

    Run run(String... args) {
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
    void findsTheSimulatorBySshAndCapwapAsJson() throws Exception {
        try (SimulatedEwc ewc = SimulatedEwc.builder()
                .bind("127.0.0.12")
                .capwapPort(0)
                .hostname("EWC-CLI")
                .hostKey(Path.of("target", "test-sim-host-key"))
                .start()) {
            Run r = run(
                    "discover",
                    "--cidr",
                    "127.0.0.8/29",
                    "--ssh-ports",
                    ewc.sshPort() + ",1",
                    "--capwap-target",
                    "127.0.0.12:" + ewc.capwapPort(),
                    "--json",
                    "--data-dir",
                    dir.toString());
            assertThat(r.code()).as(r.err()).isZero();
            JsonNode j = new ObjectMapper().readTree(r.out());
            assertThat(j.get("capwap")).hasSize(1);
            assertThat(j.get("capwap").get(0).get("acName").asText()).isEqualTo("EWC-CLI");
            assertThat(j.get("ssh")).hasSize(1);
            assertThat(j.get("ssh").get(0).get("banner").asText()).startsWith("SSH-2.0-Cisco-");
            assertThat(j.get("ssh").get(0).get("cisco").asBoolean()).isTrue();
            assertThat(j.get("ssh").get(0).get("ewc").asBoolean()).isFalse(); // no credentials: not confirmed
        }
    }

    @Test
    void refusesRangesWiderThanSlash16() {
        Run r = run("discover", "--cidr", "10.0.0.0/8", "--data-dir", dir.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("10.0.0.0/8 is too large").contains("/16");
        Run ja = run("discover", "--cidr", "bogus", "--lang", "ja", "--data-dir", dir.toString());
        assertThat(ja.code()).isEqualTo(2);
        assertThat(ja.err()).contains("IPv4 の範囲ではありません");
    }
}
