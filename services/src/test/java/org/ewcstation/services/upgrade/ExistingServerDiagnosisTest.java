package org.ewcstation.services.upgrade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.ewcstation.servers.event.TransferListeners;
import org.ewcstation.servers.syslog.SyslogListeners;
import org.ewcstation.services.diagnosis.Diagnosis;
import org.ewcstation.services.diagnosis.DiagnosisCode;
import org.ewcstation.services.diagnosis.MutableClock;
import org.ewcstation.services.diagnosis.Severity;
import org.ewcstation.services.ewc.dialect.ActionRunner;
import org.ewcstation.services.ewc.dialect.Family;
import org.ewcstation.services.ewc.dialect.UpgradeAction;
import org.ewcstation.services.ewc.model.PredownloadPhase;
import org.ewcstation.services.ewc.ops.ImageDownloadProfiles;
import org.ewcstation.services.ewc.ops.ProfileRequest;
import org.ewcstation.services.ewc.poll.ApSnapshotReader;
import org.ewcstation.services.ewc.poll.ApStatus;
import org.ewcstation.services.ewc.session.EwcSession;
import org.ewcstation.services.ewc.testing.SimFixture;
import org.ewcstation.services.ewc.testing.TftpdHpa;
import org.ewcstation.services.history.RunState;
import org.ewcstation.services.history.UpgradeHistory;
import org.ewcstation.simulator.SimulatedEwc;
import org.ewcstation.simulator.SimulatorSettings.Dialect;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * With an existing server (tftpd-hpa) the controller's requests never reach us: a pre-download that takes longer
 * than the "no request" window is normal and must log no error. The journal's clock is moved by hand, 30 s per poll,
 * so the run spans minutes of its clock while the real transfers take seconds.
 */
@Tag("interop")
class ExistingServerDiagnosisTest {

    static final List<String> TYPES = List.of("ap1g4", "ap1g5", "ap1g6", "ap1g6a", "ap1g7", "ap1g8", "ap3g3");

    @TempDir
    Path dir;

    final MutableClock clock = new MutableClock(Instant.parse("2026-12-07T09:00:00Z"));
    final List<Diagnosis> heard = new CopyOnWriteArrayList<>();

    HistoryJournal journal(SimFixture fx) {
        HistoryJournal.Sources sources = new HistoryJournal.Sources(
                new UpgradeHistory(fx.store, clock), new TransferListeners(), new SyslogListeners(), () -> dir, clock);
        return new HistoryJournal(sources, "127.0.0.1:22", () -> null, heard::add);
    }

    @Test
    void aPreDownloadFromAnExistingServerSlowerThanTheWindowLogsNoError() throws Exception {
        Path root = Files.createDirectories(dir.resolve("tftp"));
        Path images = Files.createDirectories(root.resolve("EWC/17_12_1"));
        for (String t : TYPES) {
            Files.write(images.resolve(t), new byte[150_000 + t.length()]);
        }
        try (TftpdHpa tftpd = new TftpdHpa(root);
                SimFixture fx = new SimFixture(dir.resolve("store"));
                SimulatedEwc ewc = SimFixture.sim()
                        .dialect(Dialect.AP_IMAGE)
                        .aps(3)
                        .tftpPort(tftpd.port())
                        .ownImageSize(150_000)
                        .linkBytesPerSecond(150_000)
                        .start();
                EwcSession s = fx.login(ewc)) {
            ProfileRequest profile = ProfileRequest.tftp("127.0.0.1", "/EWC/17_12_1");
            assertThat(new ImageDownloadProfiles().push(s, profile).ok()).isTrue();
            ApSnapshotReader reader = new ApSnapshotReader(Clock.systemUTC());
            HistoryJournal journal = journal(fx);
            // no bundle folder in our root: the existing server serves it
            long run = journal.begin(
                    new UpgradePlan(profile, tftpd.port(), null, null, null),
                    reader.read(s).aps());
            new ActionRunner(Duration.ofSeconds(30))
                    .perform(s, Family.AP_IMAGE.forms().get(UpgradeAction.START));
            Instant started = clock.instant();
            await().atMost(Duration.ofSeconds(90)).until(() -> {
                List<ApStatus> aps = reader.read(s).aps();
                clock.advance(Duration.ofSeconds(30));
                journal.poll(aps);
                journal.tick();
                return aps.stream().allMatch(a -> a.phase() == PredownloadPhase.COMPLETE);
            });
            journal.finish(RunState.COMPLETED);

            assertThat(Duration.between(started, clock.instant())).isGreaterThan(Duration.ofMinutes(2));
            assertThat(heard).noneMatch(d -> d.severity() == Severity.ERROR);
            assertThat(new UpgradeHistory(fx.store, clock)
                            .report(run)
                            .orElseThrow()
                            .diagnoses())
                    .noneMatch(d -> d.code() == DiagnosisCode.SERVER_UNREACHABLE);
        }
    }

    @Test
    void withOurServerTheSameSilenceIsReportedAsUnreachable() throws Exception {
        try (SimFixture fx = new SimFixture(dir.resolve("store"))) {
            Files.createDirectories(dir.resolve("EWC/17_12_1"));
            HistoryJournal journal = journal(fx);
            UpgradePlan ours =
                    new UpgradePlan(ProfileRequest.tftp("127.0.0.1", "/EWC/17_12_1"), 69, "EWC/17_12_1", null, null);
            journal.begin(ours, List.of());
            clock.advance(Duration.ofSeconds(91));
            journal.tick();
            assertThat(heard).extracting(Diagnosis::code).contains(DiagnosisCode.SERVER_UNREACHABLE);
        }
    }

    @Test
    void anExistingServersSilenceIsNotReportedEvenAfterTheWindow() throws Exception {
        try (SimFixture fx = new SimFixture(dir.resolve("store"))) {
            HistoryJournal journal = journal(fx);
            journal.begin(
                    new UpgradePlan(ProfileRequest.tftp("192.0.2.5", "/EWC/17_12_1"), 69, null, null, null),
                    List.<ApStatus>of());
            clock.advance(Duration.ofMinutes(40));
            journal.tick();
            assertThat(heard).isEmpty();
        }
    }
}
