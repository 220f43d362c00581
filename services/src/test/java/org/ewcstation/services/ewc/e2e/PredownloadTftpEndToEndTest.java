package org.ewcstation.services.ewc.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.ewcstation.services.ewc.model.PredownloadPhase;
import org.ewcstation.services.ewc.ops.ApImageAction;
import org.ewcstation.services.ewc.ops.ApImageControl;
import org.ewcstation.services.ewc.ops.ImageDownloadProfiles;
import org.ewcstation.services.ewc.ops.ProfileRequest;
import org.ewcstation.services.ewc.ops.PushResult;
import org.ewcstation.services.ewc.poll.ApChanges;
import org.ewcstation.services.ewc.poll.ApSnapshot;
import org.ewcstation.services.ewc.poll.ApSnapshotReader;
import org.ewcstation.services.ewc.poll.EwcPoller;
import org.ewcstation.services.ewc.poll.PollListener;
import org.ewcstation.services.ewc.poll.PollSettings;
import org.ewcstation.services.ewc.poll.PredownloadWatch;
import org.ewcstation.services.ewc.session.EwcSession;
import org.ewcstation.services.ewc.testing.SimFixture;
import org.ewcstation.services.ewc.testing.TftpdHpa;
import org.ewcstation.simulator.SimulatedEwc;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * A whole pre-download: push the TFTP profile, start, follow with the poller until every AP is done. The
 * simulated controller really fetches each image type from a real tftpd-hpa on a loopback high port.
 */
@Tag("interop")
class PredownloadTftpEndToEndTest {

    static final List<String> TYPES = List.of("ap1g4", "ap1g5", "ap1g6", "ap1g6a", "ap1g7", "ap1g8", "ap3g3");
    static final PollSettings FAST = new PollSettings(
            Duration.ofMillis(300), Duration.ofMillis(300), Duration.ofMillis(200), Duration.ofSeconds(2));

    @TempDir
    Path dir;

    @Test
    void everyApCompletesAndAWrongPathFailsWithTheControllersWords() throws Exception {
        Path root = dir.resolve("tftp");
        Path images = Files.createDirectories(root.resolve("EWC/17_12_1"));
        Random rnd = new Random(7);
        for (String t : TYPES) {
            byte[] b = new byte[300_000 + rnd.nextInt(50_000)];
            rnd.nextBytes(b);
            Files.write(images.resolve(t), b);
        }
        try (TftpdHpa tftpd = new TftpdHpa(root);
                SimFixture fx = new SimFixture(dir.resolve("store"));
                SimulatedEwc ewc = SimFixture.sim()
                        .aps(12)
                        .tftpPort(tftpd.port())
                        .ownImageSize(400_000)
                        .linkBytesPerSecond(2_000_000)
                        .start()) {
            try (EwcSession s = fx.login(ewc)) {
                PushResult r = new ImageDownloadProfiles().push(s, ProfileRequest.tftp("127.0.0.1", "/EWC/17_12_1"));
                assertThat(r.ok()).as("%s", r.problems()).isTrue();
                new ApImageControl(Duration.ofSeconds(30)).run(s, ApImageAction.START_PREDOWNLOAD, false);
            }
            ApSnapshot end = follow(fx, ewc);
            assertThat(end.aps()).hasSize(12).allSatisfy(a -> {
                assertThat(a.phase()).as(a.name()).isEqualTo(PredownloadPhase.COMPLETE);
                assertThat(a.predownloadVersion()).isEqualTo("17.12.1.5");
            });
            assertThat(end.failed()).isZero();

            // the same controller, profile pointed at a folder the server does not have
            try (EwcSession s = fx.login(ewc)) {
                assertThat(new ImageDownloadProfiles()
                                .push(s, ProfileRequest.tftp("127.0.0.1", "/EWC/no_such_dir"))
                                .ok())
                        .isTrue();
                new ApImageControl(Duration.ofSeconds(30)).run(s, ApImageAction.START_PREDOWNLOAD, false);
            }
            ApSnapshot failed = follow(fx, ewc);
            assertThat(failed.failed()).isPositive();
            assertThat(failed.predownload().hasError()).isTrue();
            assertThat(failed.predownload().error()).contains("tftp://127.0.0.1/EWC/no_such_dir/");
        }
    }

    /** Polls until the download has moved and then settled; returns the last snapshot. */
    private static ApSnapshot follow(SimFixture fx, SimulatedEwc ewc) throws Exception {
        CompletableFuture<ApSnapshot> done = new CompletableFuture<>();
        List<ApSnapshot> seen = new CopyOnWriteArrayList<>();
        PredownloadWatch watch = new PredownloadWatch(20);
        PollListener l = new PollListener() {
            @Override
            public void snapshot(ApSnapshot s, ApChanges c) {
                seen.add(s);
                LoggerFactory.getLogger(PredownloadTftpEndToEndTest.class)
                        .info(
                                "snapshot {} {} {}",
                                s.counts(),
                                s.predownload(),
                                s.aps().stream()
                                        .map(a -> a.phase() + "/" + a.percent())
                                        .toList());
                if (watch.over(s)) {
                    done.complete(s);
                }
            }
        };
        try (EwcPoller p =
                new EwcPoller("e2e", () -> fx.login(ewc), FAST, new ApSnapshotReader(Clock.systemUTC()), l).start()) {
            return done.get(60, TimeUnit.SECONDS);
        }
    }
}
