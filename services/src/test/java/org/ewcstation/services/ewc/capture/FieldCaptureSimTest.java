package org.ewcstation.services.ewc.capture;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.zip.ZipInputStream;
import org.ewcstation.services.ewc.capture.CaptureManifest.Entry;
import org.ewcstation.services.ewc.capture.CaptureManifest.Outcome;
import org.ewcstation.services.ewc.session.EwcSession;
import org.ewcstation.services.ewc.testing.SimFixture;
import org.ewcstation.simulator.Fault;
import org.ewcstation.simulator.SimulatedEwc;
import org.ewcstation.simulator.network.Type7;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A field capture against the simulated EWC over real SSH: what it holds, what it hides, what it never sends. */
class FieldCaptureSimTest {

    static final String SFTP_SECRET = "Sftp-Secret-9";

    @TempDir
    Path dir;

    SimFixture fx;
    final FieldCapture capture =
            new FieldCapture("9.9-test", Clock.fixed(Instant.parse("2026-02-01T17:05:00Z"), ZoneOffset.UTC));

    @BeforeEach
    void fixture() {
        fx = new SimFixture(dir.resolve("store"));
    }

    @AfterEach
    void close() {
        fx.close();
    }

    private void configure(SimulatedEwc ewc, String... lines) throws Exception {
        try (EwcSession s = fx.login(ewc)) {
            s.configure(List.of(lines));
        }
        fx.transcript.clear();
    }

    private CaptureArchive run(SimulatedEwc ewc, List<Entry> seen) throws Exception {
        Path zip = dir.resolve("capture.zip");
        capture.capture(() -> fx.login(ewc), List.of(SimFixture.PASSWORD), zip, new CaptureListener() {
            @Override
            public void step(int done, int steps, Entry entry) {
                seen.add(entry);
            }
        });
        return CaptureArchive.read(zip);
    }

    @Test
    void capturesEveryStepMasksTheSftpPasswordAndTypesOnlyShowAndHelp() throws Exception {
        try (SimulatedEwc ewc = SimFixture.sim().aps(4).hostname("EWC-CAPTURE").start()) {
            configure(
                    ewc,
                    "wireless profile image-download default",
                    "image-download-mode sftp",
                    "sftp-image-server 192.0.2.9",
                    "sftp-image-path images/17_12",
                    "sftp-username tech",
                    "sftp-password 0 " + SFTP_SECRET);
            List<Entry> seen = new CopyOnWriteArrayList<>();
            CaptureArchive a = run(ewc, seen);
            CaptureManifest m = a.manifest();
            assertThat(m.entries()).hasSize(CapturePlan.standard().size()).isEqualTo(seen);
            assertThat(m.toolVersion()).isEqualTo("9.9-test");
            assertThat(m.capturedAt()).isEqualTo("2026-02-01T17:05:00Z");
            assertThat(m.controllerHost()).isEqualTo(ewc.host());
            assertThat(m.controllerHostname()).isEqualTo("EWC-CAPTURE");
            assertThat(m.entries())
                    .filteredOn(e -> e.kind() == CapturePlan.Kind.SHOW)
                    .allMatch(e -> e.outcome() == Outcome.ANSWERED, "every show answered");
            assertThat(m.entries())
                    .filteredOn(e -> e.kind() != CapturePlan.Kind.SHOW)
                    .allMatch(e -> e.outcome() == Outcome.ANSWERED || e.outcome() == Outcome.REFUSED)
                    .allMatch(e -> !a.text(e).isBlank());
            assertThat(a.text(entry(m, "show version"))).contains("C9800-AP Software");
            assertThat(a.text(entry(m, CapturePlan.RUNNING_PROFILE)))
                    .contains(" sftp-password 7 *****")
                    .contains(" sftp-username tech");
            Entry sftpHelp = m.entries().getLast();
            assertThat(sftpHelp.configPath()).containsExactly(CapturePlan.DEFAULT_PROFILE, CapturePlan.SFTP_MODE);
            assertThat(a.text(sftpHelp)).contains("sftp-image-server").contains("sftp-image-port");

            String everything = allText(dir.resolve("capture.zip"));
            assertThat(everything)
                    .doesNotContain(SFTP_SECRET)
                    .doesNotContain(Type7.encode(SFTP_SECRET))
                    .doesNotContain(SimFixture.PASSWORD)
                    .doesNotContain("$9$");
            assertOnlyReadOnlyLinesWereTyped();
        }
    }

    private void assertOnlyReadOnlyLinesWereTyped() {
        List<String> sent = fx.transcript.stream()
                .filter(l -> l.startsWith(">"))
                .map(l -> l.substring(1).strip())
                .toList();
        assertThat(sent)
                .isNotEmpty()
                .allSatisfy(
                        l -> assertThat(l)
                                .matches(
                                        "show .*|.*\\?|\\^U|\\^C|terminal (length|width) 0|enable|\\*+|exit|end"
                                                + "|configure terminal|wireless profile image-download default|image-download-mode sftp"));
        assertThat(sent).contains("install ?", "ap image swap ?", "image-download-mode ?", "?");
    }

    @Test
    void aTftpProfileIsNotTurnedIntoSftpToReachItsHelp() throws Exception {
        try (SimulatedEwc ewc = SimFixture.sim().aps(2).start()) {
            configure(
                    ewc,
                    "wireless profile image-download default",
                    "image-download-mode tftp",
                    "tftp-image-server 192.0.2.9");
            CaptureArchive a = run(ewc, new CopyOnWriteArrayList<>());
            Entry sftpHelp = a.manifest().entries().getLast();
            assertThat(sftpHelp.outcome()).isEqualTo(Outcome.SKIPPED);
            assertThat(sftpHelp.detail()).isEqualTo("profileNotSftp");
            assertThat(sftpHelp.file()).isNull();
            assertThat(fx.transcript).noneMatch(l -> l.contains("image-download-mode sftp"));
            assertThat(entry(a.manifest(), "image-download-mode ?").outcome()).isEqualTo(Outcome.ANSWERED);
        }
    }

    @Test
    void noDefaultProfileMeansNoProfileModeIsEntered() throws Exception {
        try (SimulatedEwc ewc = SimFixture.sim().aps(2).start()) {
            CaptureArchive a = run(ewc, new CopyOnWriteArrayList<>());
            assertThat(a.manifest().entries())
                    .filteredOn(e -> e.configPath().contains(CapturePlan.DEFAULT_PROFILE))
                    .hasSize(3)
                    .allMatch(e -> e.outcome() == Outcome.SKIPPED && e.detail().equals("noDefaultProfile"));
            assertThat(fx.transcript).noneMatch(l -> l.equals(">wireless profile image-download default"));
        }
    }

    @Test
    void aMissingCommandIsRefusedAndADroppedSessionIsOpenedAgain() throws Exception {
        try (SimulatedEwc ewc = SimFixture.sim()
                .aps(2)
                .without("show wireless ewc-ap ap image predownload status")
                .fault(Fault.parse("drop-session=show ap image"))
                .start()) {
            CaptureArchive a = run(ewc, new CopyOnWriteArrayList<>());
            CaptureManifest m = a.manifest();
            assertThat(entry(m, "show ap image").outcome()).isEqualTo(Outcome.FAILED);
            Entry missing = entry(m, "show wireless ewc-ap ap image predownload status");
            assertThat(missing.outcome()).isEqualTo(Outcome.REFUSED);
            assertThat(missing.detail()).contains("Invalid input");
            assertThat(entry(m, "show wireless ewc-ap predownload status").outcome())
                    .isEqualTo(Outcome.ANSWERED);
            assertThat(entry(m, "ap image ?").outcome()).isIn(Outcome.ANSWERED, Outcome.REFUSED);
        }
    }

    private static Entry entry(CaptureManifest m, String command) {
        return m.entries().stream()
                .filter(e -> e.command().equals(command))
                .findFirst()
                .orElseThrow();
    }

    private static String allText(Path zip) throws Exception {
        StringBuilder sb = new StringBuilder();
        try (ZipInputStream z = new ZipInputStream(Files.newInputStream(zip))) {
            while (z.getNextEntry() != null) {
                sb.append(new String(z.readAllBytes(), StandardCharsets.UTF_8)).append('\n');
            }
        }
        return sb.toString();
    }
}
