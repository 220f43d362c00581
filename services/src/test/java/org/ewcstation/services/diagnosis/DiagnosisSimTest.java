package org.ewcstation.services.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.ewcstation.servers.event.Protocol;
import org.ewcstation.servers.event.TransferEvent;
import org.ewcstation.servers.event.TransferListeners;
import org.ewcstation.servers.event.TransferRegistry;
import org.ewcstation.servers.syslog.SyslogEvent;
import org.ewcstation.servers.syslog.SyslogListener;
import org.ewcstation.services.MessageKeys;
import org.ewcstation.services.ewc.dialect.Family;
import org.ewcstation.services.ewc.dialect.UpgradeAction;
import org.ewcstation.services.ewc.link.ControllerLink;
import org.ewcstation.services.ewc.ops.ProfileRequest;
import org.ewcstation.services.ewc.ops.PushResult;
import org.ewcstation.services.ewc.poll.ApChanges;
import org.ewcstation.services.ewc.poll.ApSnapshot;
import org.ewcstation.services.ewc.poll.ApStatus;
import org.ewcstation.services.ewc.poll.PollListener;
import org.ewcstation.services.ewc.poll.PollSettings;
import org.ewcstation.services.ewc.session.EwcCredentials;
import org.ewcstation.services.ewc.session.TranscriptListener;
import org.ewcstation.services.ewc.testing.SimFixture;
import org.ewcstation.services.repository.ApImageCatalog;
import org.ewcstation.services.servers.ServerKind;
import org.ewcstation.services.servers.ServerManager;
import org.ewcstation.services.servers.ServerSettings;
import org.ewcstation.services.servers.ServerStatus;
import org.ewcstation.simulator.Fault;
import org.ewcstation.simulator.SimulatedEwc;
import org.ewcstation.simulator.SimulatorBuilder;
import org.ewcstation.simulator.SimulatorSettings.Dialect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each fault the simulated EWC can play, run through our real TFTP and syslog servers, a real SSH link and the
 * poller, ends in the diagnosis a technician needs from the diagnostics engine.
 */
class DiagnosisSimTest {

    static final String BUNDLE = "EWC/17_12_1";
    static final String PROFILE_PATH = "/" + BUNDLE;
    static final List<String> IMAGES = List.of("ap1g4", "ap1g5", "ap1g6", "ap1g6a", "ap1g7", "ap1g8", "ap3g3");
    static final int IMAGE_BYTES = 4 * 1024;
    /** The simulator's default mix with two APs: the 9120 hosting the controller (ap1g7) and a 9105 (ap1g8). */
    static final String HOST_AP = "AP-9120-EWC";

    static final String AP_9105 = "AP-9105-LOBBY";

    static final Duration NO_REQUEST_WITHIN = Duration.ofSeconds(2);
    static final Duration STUCK_AFTER = Duration.ofSeconds(3);
    static final Duration STALL_AFTER = Duration.ofSeconds(2);
    static final Duration WAIT = Duration.ofSeconds(15);
    /** Fast in both states: a run's first seconds matter here, not the controller's load. */
    static final PollSettings FAST_POLL = new PollSettings(
            Duration.ofMillis(200), Duration.ofMillis(200), Duration.ofMillis(100), Duration.ofSeconds(1));

    @TempDir
    Path dir;

    Path root;
    Path bundle;
    SimFixture fx;
    ServerManager servers;
    SimulatedEwc ewc;
    ControllerLink link;
    int tftpPort;
    int syslogPort;
    Instant startedAt;
    /** When the latest tick began: lets a case wait until the engine has looked past a deadline. */
    volatile Instant tickedAt = Instant.MIN;

    final TransferListeners transfers = new TransferListeners();
    final List<TransferEvent> events = new CopyOnWriteArrayList<>();
    final List<Diagnosis> heard = new CopyOnWriteArrayList<>();
    final List<List<ApStatus>> polls = new CopyOnWriteArrayList<>();
    final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("diag-sim-ticker").factory());
    /** Set once the run is watched; the poller, syslog and ticker threads feed it from then on. */
    volatile DiagnosticsEngine engine;

    @BeforeEach
    void bundleAndServers() throws IOException {
        root = dir.resolve("images");
        bundle = writeBundle(root.resolve(BUNDLE));
        fx = new SimFixture(dir);
        transfers.add(events::add);
        SyslogListener syslog = new SyslogListener() {
            @Override
            public void onMessage(SyslogEvent event) {
                DiagnosticsEngine e = engine;
                if (e != null) {
                    e.onSyslogLine(event.raw());
                }
            }
        };
        servers = new ServerManager(
                new ServerSettings(root, "127.0.0.1", 0, 0, 0, null),
                transfers,
                new TransferRegistry(),
                syslog,
                new SecureRandom(),
                dir.resolve("keys"));
        ServerStatus tftp = servers.start(ServerKind.TFTP);
        assertThat(tftp.running()).as("TFTP: %s", tftp.problem()).isTrue();
        tftpPort = tftp.address().getPort();
        ServerStatus syslogStatus = servers.start(ServerKind.SYSLOG);
        assertThat(syslogStatus.running())
                .as("syslog: %s", syslogStatus.problem())
                .isTrue();
        syslogPort = syslogStatus.address().getPort();
    }

    @AfterEach
    void closeAll() {
        ticker.shutdownNow();
        try {
            if (link != null) {
                link.close();
            }
        } finally {
            try {
                if (ewc != null) {
                    ewc.close();
                }
            } finally {
                try {
                    servers.close();
                } finally {
                    fx.close();
                }
            }
        }
        // whatever a case concluded must be sayable to the technician in both languages
        heard.forEach(d -> {
            MessageKeys.assertRenders(d.message());
            MessageKeys.assertRenders(d.action());
        });
    }

    @Test
    void aWrongPathIsRefusedAndNamedWithTheNearestFileOfTheBundle() throws Exception {
        startRun(b -> b.fault(Fault.of(Fault.Kind.WRONG_PATH)));

        await().atMost(WAIT).until(() -> !of(DiagnosisCode.WRONG_PATH).isEmpty());
        assertThat(events)
                .filteredOn(TransferEvent.Refused.class::isInstance)
                .map(TransferEvent.Refused.class::cast)
                .singleElement()
                .satisfies(r -> {
                    assertThat(r.requestedPath()).isEqualTo("/Wrong-Path/ap1g8");
                    assertThat(r.reason()).isEqualTo(TransferEvent.RefusalReason.NOT_FOUND);
                });
        assertThat(of(DiagnosisCode.WRONG_PATH)).singleElement().satisfies(d -> {
            assertThat(d.args()).containsExactly("/Wrong-Path/ap1g8", PROFILE_PATH + "/ap1g8");
            assertThat(d.severity()).isEqualTo(Severity.ERROR);
        });

        // the controller's own "No such file" syslog line names the same path: it must not be a second diagnosis
        await().atMost(WAIT)
                .until(() -> heard.stream()
                        .anyMatch(d -> d.code() == DiagnosisCode.AP_DOWNLOAD_FAILED
                                && d.args().getFirst().equals("")));
        // a refused request is still a request: once the no-request time has passed, the server is not unreachable
        await().atMost(WAIT)
                .until(() -> tickedAt.isAfter(startedAt.plus(NO_REQUEST_WITHIN).plusMillis(250)));
        assertThat(of(DiagnosisCode.WRONG_PATH)).hasSize(1);
        assertThat(codes())
                .doesNotContain(
                        DiagnosisCode.SERVER_UNREACHABLE,
                        DiagnosisCode.WRONG_PATH_NO_MATCH,
                        DiagnosisCode.IMAGE_TYPE_MISSING);
    }

    @Test
    void aServerNothingReachesIsUnreachableAndTheControllerTimesOut() throws Exception {
        startRun(b -> b.fault(Fault.of(Fault.Kind.UNREACHABLE)));

        await().atMost(WAIT).until(() -> !of(DiagnosisCode.SERVER_UNREACHABLE).isEmpty());
        Diagnosis unreachable = of(DiagnosisCode.SERVER_UNREACHABLE).getFirst();
        assertThat(unreachable.args()).containsExactly("TFTP", tftpPort, NO_REQUEST_WITHIN.toSeconds());
        assertThat(Duration.between(startedAt, unreachable.time())).isGreaterThanOrEqualTo(NO_REQUEST_WITHIN);

        // the controller gives up on its silent socket and says so in its syslog
        await().atMost(WAIT).until(() -> !of(DiagnosisCode.DOWNLOAD_TIMED_OUT).isEmpty());
        assertThat(of(DiagnosisCode.DOWNLOAD_TIMED_OUT))
                .singleElement()
                .satisfies(d -> assertThat(d.args())
                        .containsExactly("tftp://127.0.0.1" + PROFILE_PATH + "/ap1g8", "TFTP", tftpPort));
        assertThat(events).as("nothing may have reached our server").isEmpty();
        assertThat(codes()).doesNotContain(DiagnosisCode.WRONG_PATH, DiagnosisCode.IMAGE_TYPE_MISSING);
    }

    @Test
    void aJoinedApWhoseImageTypeTheBundleLacksIsImageTypeMissing() throws Exception {
        Files.delete(bundle.resolve("ap1g8"));
        startRun(UnaryOperator.identity());

        // the first poll already shows the 9105 and a bundle without its type
        assertThat(of(DiagnosisCode.IMAGE_TYPE_MISSING))
                .singleElement()
                .satisfies(d -> assertThat(d.args()).containsExactly("ap1g8", PROFILE_PATH, AP_9105));

        // the controller then asks for it in the right folder; the refusal is the same problem, not a wrong path
        await().atMost(WAIT).until(() -> events.stream().anyMatch(e -> e instanceof TransferEvent.Refused));
        assertThat(events)
                .filteredOn(TransferEvent.Refused.class::isInstance)
                .map(TransferEvent.Refused.class::cast)
                .singleElement()
                .satisfies(r -> {
                    assertThat(r.requestedPath()).isEqualTo(PROFILE_PATH + "/ap1g8");
                    assertThat(r.reason()).isEqualTo(TransferEvent.RefusalReason.NOT_FOUND);
                });
        await().atMost(WAIT)
                .until(() -> heard.stream()
                        .anyMatch(d -> d.code() == DiagnosisCode.AP_DOWNLOAD_FAILED
                                && d.args().getFirst().equals(AP_9105)));
        assertThat(of(DiagnosisCode.IMAGE_TYPE_MISSING)).hasSize(1);
        assertThat(codes())
                .doesNotContain(
                        DiagnosisCode.WRONG_PATH, DiagnosisCode.WRONG_PATH_NO_MATCH, DiagnosisCode.IMAGE_TYPE_UNKNOWN);
    }

    @Test
    void anApFedOverACrawlingLinkIsStuckOnceTheServerHasNothingLeftToSend() throws Exception {
        // 4 KiB at 64 B/s keeps both APs "Predownloading" for about a minute, far past the stuck time
        startRun(b -> b.fault(new Fault(Fault.Kind.SLOW_LINK, "64")));

        await().atMost(WAIT).until(() -> of(DiagnosisCode.AP_STUCK).size() >= 2);
        assertThat(of(DiagnosisCode.AP_STUCK))
                .allSatisfy(d -> {
                    assertThat(d.args().get(1)).isEqualTo("Predownloading");
                    assertThat(Duration.between(startedAt, d.time())).isGreaterThanOrEqualTo(STUCK_AFTER);
                })
                .extracting(d -> d.args().getFirst())
                .containsExactlyInAnyOrder(HOST_AP, AP_9105);
        // our server's part was quick and finished: the wait is on the CAPWAP side, so no transfer is stalled
        assertThat(events)
                .filteredOn(TransferEvent.Completed.class::isInstance)
                .map(TransferEvent.Completed.class::cast)
                .singleElement()
                .satisfies(c -> {
                    assertThat(c.file()).endsWith("ap1g8");
                    assertThat(c.bytes()).isEqualTo(IMAGE_BYTES);
                });
        assertThat(codes())
                .doesNotContain(
                        DiagnosisCode.TRANSFER_STALLED,
                        DiagnosisCode.SERVER_UNREACHABLE,
                        DiagnosisCode.AP_DOWNLOAD_FAILED);
    }

    /**
     * What the app does on Save & Download: our servers up, the controller's syslog pointed at us, the AP table
     * polled, the profile pushed and verified, the run watched, and only then the pre-download started (the
     * controller's first request follows the command within milliseconds).
     */
    private void startRun(UnaryOperator<SimulatorBuilder> fault) throws Exception {
        ewc = fault.apply(SimFixture.sim()
                        .dialect(Dialect.AP_IMAGE)
                        .aps(2)
                        .tftpPort(tftpPort)
                        .bundleDir(bundle)
                        .transferTimeout(Duration.ofSeconds(1))
                        .transferRetries(2)
                        .retryDelay(Duration.ofSeconds(1))
                        .apRebootTime(Duration.ofSeconds(1))
                        .reloadTime(Duration.ofSeconds(1)))
                .start();
        link = new ControllerLink(
                fx.connector,
                SimFixture.endpoint(ewc),
                new EwcCredentials(SimFixture.USER, SimFixture.PASSWORD, SimFixture.PASSWORD),
                TranscriptListener.NONE,
                FAST_POLL,
                Clock.systemUTC());
        link.sendSyslogTo("127.0.0.1", syslogPort);
        link.startPolling(new PollListener() {
            @Override
            public void snapshot(ApSnapshot s, ApChanges changes) {
                if (s.aps().isEmpty()) {
                    return;
                }
                polls.add(s.aps());
                DiagnosticsEngine e = engine;
                if (e != null) {
                    e.onApSnapshots(snapshots(s.aps()));
                }
            }
        });
        await().atMost(WAIT).until(() -> !polls.isEmpty());

        PushResult pushed = link.push(ProfileRequest.tftp("127.0.0.1", PROFILE_PATH));
        assertThat(pushed.ok()).as("%s", pushed.problems()).isTrue();

        DiagnosticsSettings settings = new DiagnosticsSettings(
                Protocol.TFTP,
                tftpPort,
                imageTypes(bundle),
                PROFILE_PATH,
                NO_REQUEST_WITHIN,
                STUCK_AFTER,
                STALL_AFTER,
                true);
        DiagnosticsEngine e = new DiagnosticsEngine(
                Clock.systemUTC(), settings, ServedFiles.under(root), ApImageCatalog.builtIn(), heard::add);
        startedAt = Instant.now();
        e.start();
        e.onApSnapshots(snapshots(polls.getLast()));
        transfers.add(e);
        engine = e;
        ticker.scheduleWithFixedDelay(
                () -> {
                    tickedAt = Instant.now();
                    e.tick();
                },
                200,
                200,
                TimeUnit.MILLISECONDS);

        link.perform(Family.AP_IMAGE.forms().get(UpgradeAction.START));
    }

    /** The AP table as the run watcher hands it to the engine. */
    private static List<ApObservation> snapshots(List<ApStatus> aps) {
        Instant now = Instant.now();
        return aps.stream()
                .map(a -> new ApObservation(
                        a.name(),
                        a.model(),
                        a.predownloadStatus() == null ? "" : a.predownloadStatus(),
                        a.retryCount(),
                        now))
                .toList();
    }

    /** The image types the bundle holds, read from its files as the run watcher does. */
    private static Set<String> imageTypes(Path bundle) throws IOException {
        try (Stream<Path> files = Files.list(bundle)) {
            return files.map(f -> f.getFileName().toString())
                    .filter(n -> n.matches("ap[0-9]g[0-9]+[a-z]?"))
                    .collect(Collectors.toSet());
        }
    }

    /** A small bundle shaped like Cisco's; fixed bytes per type, since the controller checks what it receives. */
    private static Path writeBundle(Path dir) throws IOException {
        Files.createDirectories(dir);
        for (String image : IMAGES) {
            byte[] bytes = new byte[IMAGE_BYTES];
            new Random(image.hashCode()).nextBytes(bytes);
            Files.write(dir.resolve(image), bytes);
        }
        Files.writeString(dir.resolve("version.info"), "17.12.1.5\n");
        return dir;
    }

    private List<Diagnosis> of(DiagnosisCode code) {
        return heard.stream().filter(d -> d.code() == code).toList();
    }

    private List<DiagnosisCode> codes() {
        return heard.stream().map(Diagnosis::code).toList();
    }
}
