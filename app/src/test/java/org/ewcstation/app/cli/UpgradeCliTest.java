package org.ewcstation.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ewcstation.simulator.Fault;
import org.ewcstation.simulator.SimulatedEwc;
import org.ewcstation.simulator.SimulatorBuilder;
import org.ewcstation.simulator.SimulatorSettings.Dialect;
import org.ewcstation.simulator.network.PredownloadStatus;
import org.ewcstation.simulator.network.VirtualAp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@code upgrade}, {@code activate}, {@code abort} and {@code history} as a technician runs them: separate JVMs
 * without a terminal, against the simulated controller over real SSH (both command dialects), its APs fetching real
 * images from tftpd-hpa. The window's workflow and history are the same objects, so these are its rules too.
 */
@Tag("interop")
class UpgradeCliTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final Map<String, String> PW = Map.of("EWC_PW", "Cisco123!");
    static final String OLD = "17.9.4.27";
    static final String NEW = "17.12.1.5";

    @TempDir
    Path dir;

    CliProcess cli;
    TftpdHpaImages tftpd;
    int tftpPort;

    @BeforeEach
    void tftpServer() throws Exception {
        cli = new CliProcess(dir);
        tftpd = new TftpdHpaImages(dir);
        tftpPort = tftpd.port();
    }

    @AfterEach
    void stop() throws Exception {
        if (tftpd != null) { // null when tftpd-hpa is missing and the test was skipped
            tftpd.close();
        }
    }

    SimulatorBuilder sim(Dialect d) {
        return SimulatedEwc.builder()
                .dialect(d)
                .capwapPort(-1)
                .aps(4)
                .tftpPort(tftpPort)
                .ownImageSize(300_000)
                .apRebootTime(Duration.ofMillis(800))
                .reloadTime(Duration.ofSeconds(2))
                .hostKey(Path.of("target", "test-sim-host-key"));
    }

    static String[] args(SimulatedEwc ewc, String command, String... more) {
        List<String> a = new ArrayList<>(List.of(
                command,
                "--host",
                "127.0.0.1",
                "--port",
                String.valueOf(ewc.sshPort()),
                "--user",
                "admin",
                "--password-env",
                "EWC_PW"));
        if (!command.equals("status")) {
            a.addAll(List.of("--interval", "500ms"));
        }
        a.addAll(List.of(more));
        return a.toArray(String[]::new);
    }

    static String[] upgrade(SimulatedEwc ewc, String... more) {
        List<String> a = new ArrayList<>(List.of("--mode", "tftp", "--server", "127.0.0.1", "--path", "/EWC/17_12_1"));
        a.addAll(List.of(more));
        return args(ewc, "upgrade", a.toArray(String[]::new));
    }

    JsonNode statusJson(SimulatedEwc ewc) throws Exception {
        CliProcess.Run st = cli.run(PW, args(ewc, "status", "--json"));
        assertThat(st.code()).as(st.err()).isZero();
        // the console shows warnings only (INFO lines go to the log file; --verbose adds them)
        assertThat(st.err()).doesNotContain(" INFO ");
        return JSON.readTree(st.out());
    }

    @ParameterizedTest
    @EnumSource(
            value = Dialect.class,
            names = {"INSTALL", "AP_IMAGE"})
    void activateBeforeAnyPredownloadExits3NamingEachApAndSendsNothing(Dialect d) throws Exception {
        try (SimulatedEwc ewc = sim(d).start()) {
            CliProcess.Run r = cli.run(PW, args(ewc, "activate", "--yes"));
            assertThat(r.code()).as(r.out() + r.err()).isEqualTo(3);
            for (VirtualAp.Snapshot ap : ewc.aps()) {
                assertThat(r.err()).contains(ap.name() + ": pre-download not started");
            }
            for (JsonNode ap : statusJson(ewc).get("aps")) {
                assertThat(ap.get("primaryImage").asText()).isEqualTo(OLD);
            }
            assertThat(ewc.aps()).allSatisfy(a -> assertThat(a.primary()).isEqualTo(OLD));
        }
    }

    @ParameterizedTest
    @EnumSource(
            value = Dialect.class,
            names = {"INSTALL", "AP_IMAGE"})
    void upgradeWithActivateEndsWithEveryApOnTheTargetAndTheRunInTheHistory(Dialect d) throws Exception {
        try (SimulatedEwc ewc = sim(d).start()) {
            CliProcess.Run r = cli.run(PW, upgrade(ewc, "--activate", "--yes", "--controller-version", "17.12.1"));
            assertThat(r.code()).as(r.out() + r.err()).isZero();
            assertThat(r.out())
                    .contains("These lines will be sent")
                    .contains("Stage: Pre-downloaded")
                    .contains("Stage: Waiting for the APs to rejoin")
                    .contains("Stage: Verified");
            // the controller's reload is expected: never the advice for a refused connection
            assertThat(r.err()).doesNotContain("Check the SSH port");
            assertThat(ewc.aps()).allSatisfy(a -> assertThat(a.primary()).isEqualTo(NEW));
            for (JsonNode ap : statusJson(ewc).get("aps")) {
                assertThat(ap.get("primaryImage").asText()).isEqualTo(NEW);
            }
            CliProcess.Run h = cli.run(Map.of(), "history", "--json");
            JsonNode runs = JSON.readTree(h.out());
            assertThat(runs).hasSize(1);
            assertThat(runs.get(0).get("state").asText()).isEqualTo("completed");
            assertThat(runs.get(0).get("controller").asText()).isEqualTo("127.0.0.1:" + ewc.sshPort());
        }
    }

    @Test
    void abortDuringASlowLinkLeavesTheRunAborted() throws Exception {
        try (SimulatedEwc ewc =
                sim(Dialect.INSTALL).fault(Fault.parse("slow-link=20000")).start()) {
            Process following = cli.start(PW, upgrade(ewc, "--yes"));
            await().atMost(Duration.ofSeconds(60))
                    .until(() -> ewc.aps().stream().anyMatch(a -> a.status() == PredownloadStatus.PREDOWNLOADING));
            CliProcess.Run abort = cli.run(PW, args(ewc, "abort", "--yes"));
            assertThat(abort.code()).as(abort.out() + abort.err()).isZero();
            assertThat(abort.out()).contains("install abort");
            CliProcess.Run up = cli.finish(following, 120);
            assertThat(up.code()).as(up.out() + up.err()).isEqualTo(4);
            assertThat(up.out()).contains("Stage: Aborted");
            JsonNode runs = JSON.readTree(cli.run(Map.of(), "history", "--json").out());
            assertThat(runs.get(0).get("state").asText()).isEqualTo("aborted");
        }
    }

    @Test
    void withoutATerminalOrYesTheStartIsRefusedAndNothingIsSent() throws Exception {
        try (SimulatedEwc ewc = sim(Dialect.INSTALL).start()) {
            CliProcess.Run r = cli.run(PW, upgrade(ewc));
            assertThat(r.code()).as(r.out() + r.err()).isEqualTo(3);
            assertThat(r.out()).contains("install add profile default").contains("there is no terminal to ask");
            assertThat(ewc.aps())
                    .allSatisfy(a -> assertThat(a.predownloadVersion()).isEqualTo("N/A"));
        }
    }

    @Test
    void aControllerThatKnowsNeitherFamilySaysWhatWasTriedAndHowToDoItByHand() throws Exception {
        try (SimulatedEwc ewc = sim(Dialect.NONE).start()) {
            CliProcess.Run r = cli.run(PW, upgrade(ewc, "--yes"));
            assertThat(r.code()).as(r.out() + r.err()).isEqualTo(3);
            assertThat(r.err())
                    .contains("install add profile default / ap image predownload")
                    .contains("Administration > Software Management");
            assertThat(ewc.aps())
                    .allSatisfy(a -> assertThat(a.predownloadVersion()).isEqualTo("N/A"));
        }
    }
}
