package org.ewcstation.services.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.ewcstation.servers.event.Protocol;
import org.ewcstation.servers.event.TransferEvent;
import org.ewcstation.servers.syslog.IosXeMessage;
import org.ewcstation.services.MessageKeys;
import org.ewcstation.services.ewc.testing.CliFixtures;
import org.ewcstation.services.ewc.testing.PublicSamples;
import org.ewcstation.services.repository.ApImageCatalog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Realistic inputs: the seed's log lines, TransferEvents as our servers publish them, a real served folder. */
class DiagnosticsEngineTest {

    static final String WRONG_PATH_SFTP =
            "*Feb 1 20:29:25.730: %INSTALL-3-OPERATION_ERROR_MESSAGE: Chassis 1 R0/0: install_engine: "
                    + "Failed to install_add package sftp://*****@172.16.5.62/Documents/Wrong-Path/ap1g6, Error: Failed to download file "
                    + "sftp://*****@172.16.5.62/Documents/Wrong-Path/ap1g6: No such file or directory";
    static final String WRONG_PATH_TFTP =
            "*Feb 1 20:52:13.977: %INSTALL-3-OPERATION_ERROR_MESSAGE: Chassis 1 R0/0: install_engine: "
                    + "Failed to install_add package tftp://172.16.5.27/Wrong-Path/ap1g6, Error: Failed to download file "
                    + "tftp://172.16.5.27/Wrong-Path/ap1g6: No such file or directory";
    static final String TIMED_OUT =
            "*Feb 1 20:55:46.579: %INSTALL-3-OPERATION_ERROR_MESSAGE: Chassis 1 R0/0: install_engine: "
                    + "Failed to install_add package tftp://172.16.5.199/EWC/17_9_4a/ap1g6, Error: Failed to download file "
                    + "tftp://172.16.5.199/EWC/17_9_4a/ap1g6: Timed out";
    static final String AP_FAILED =
            "*Feb 1 20:29:14.108: %CAPWAPAC_SMGR_TRACE_MESSAGE-5-AP_JOIN_DISJOIN: Chassis 1 R0/0: wncd: "
                    + "AP Event: AP Image Download Failed";
    static final String AP_SUCCESS =
            "*Feb 1 17:07:00.720: %CAPWAPAC_SMGR_TRACE_MESSAGE-5-AP_JOIN_DISJOIN: Chassis 1 R0/0: wncd: "
                    + "AP Event: AP Image Download Success";
    static final String INSTALL_DONE =
            "*Feb 1 17:05:37.108: %INSTALL-5-INSTALL_COMPLETED_INFO: Chassis 1 R0/0: install_engine: "
                    + "Completed install add sftp://*****@172.16.5.62/Documents/sftp_files/EWC_17_9_4a/ap3g3";
    static final InetSocketAddress EWC = new InetSocketAddress("172.16.4.26", 50123);

    @TempDir
    Path root;

    MutableClock clock;
    List<Diagnosis> heard;

    @BeforeEach
    void setUp() throws Exception {
        clock = new MutableClock(Instant.parse("2026-02-01T20:29:00Z"));
        heard = new CopyOnWriteArrayList<>();
        for (String f : List.of("ap1g4", "ap1g6", "ap1g7", "ap3g3", "version.info")) {
            Files.createDirectories(root.resolve("EWC/17_9_4a"));
            Files.writeString(root.resolve("EWC/17_9_4a/" + f), "x");
        }
        Files.createDirectories(root.resolve("Documents/sftp_files/EWC_17_9_4a"));
        Files.writeString(root.resolve("Documents/sftp_files/EWC_17_9_4a/ap1g6"), "x");
    }

    @AfterEach
    void everyDiagnosisRendersInBothLanguages() {
        heard.forEach(d -> {
            MessageKeys.assertRenders(d.message());
            MessageKeys.assertRenders(d.action());
        });
    }

    DiagnosticsEngine engine(Protocol mode, int port, Set<String> types) {
        return new DiagnosticsEngine(
                clock,
                DiagnosticsSettings.defaults(mode, port, types, "/EWC/17_9_4a"),
                ServedFiles.under(root),
                ApImageCatalog.builtIn(),
                heard::add);
    }

    @Test
    void noSuchFileInSyslogIsAWrongPathNamingTheNearestExistingOne() {
        DiagnosticsEngine e = engine(Protocol.TFTP, 69, Set.of());
        e.onSyslogLine(WRONG_PATH_TFTP);
        e.onSyslogLine(WRONG_PATH_SFTP);
        assertThat(heard)
                .extracting(Diagnosis::code)
                .containsExactly(DiagnosisCode.WRONG_PATH, DiagnosisCode.WRONG_PATH);
        assertThat(heard.get(0).args()).containsExactly("/Wrong-Path/ap1g6", "/EWC/17_9_4a/ap1g6");
        // SFTP: relative to the user's home; the nearest shares the most trailing folders
        assertThat(heard.get(1).args())
                .containsExactly("Documents/Wrong-Path/ap1g6", "/Documents/sftp_files/EWC_17_9_4a/ap1g6");
        assertThat(heard.get(0).severity()).isEqualTo(Severity.ERROR);
        assertThat(heard.get(0).message().key()).isEqualTo("diagnosis.wrongPath.message");
        assertThat(heard.get(0).action().key()).isEqualTo("diagnosis.wrongPath.action");
    }

    @Test
    void refusedRequestFromOurServerAndTheSyslogLineGiveOneDiagnosis() {
        DiagnosticsEngine e = engine(Protocol.TFTP, 69, Set.of());
        e.onEvent(new TransferEvent.Refused(
                clock.instant(),
                Protocol.TFTP,
                EWC,
                "/Wrong-Path/ap1g6",
                TransferEvent.RefusalReason.NOT_FOUND,
                "no such file"));
        e.onSyslogLine(WRONG_PATH_TFTP);
        assertThat(heard).hasSize(1);
        assertThat(heard.getFirst().code()).isEqualTo(DiagnosisCode.WRONG_PATH);
        e.onEvent(new TransferEvent.Refused(
                clock.instant(),
                Protocol.TFTP,
                EWC,
                "/nothing/like/it.bin",
                TransferEvent.RefusalReason.NOT_FOUND,
                ""));
        assertThat(heard.getLast().code()).isEqualTo(DiagnosisCode.WRONG_PATH_NO_MATCH);
        assertThat(heard.getLast().args()).containsExactly("/nothing/like/it.bin");
        // the parent of the bundle exists but is not a bundle: the version folder is missing from the path
        e.onEvent(new TransferEvent.Refused(
                clock.instant(), Protocol.TFTP, EWC, "/EWC/ap1g6", TransferEvent.RefusalReason.NOT_FOUND, ""));
        assertThat(heard.getLast().code()).isEqualTo(DiagnosisCode.WRONG_PATH);
        assertThat(heard.getLast().args()).containsExactly("/EWC/ap1g6", "/EWC/17_9_4a/ap1g6");
    }

    @Test
    void anImageTypeTheBundleLacksIsNotAWrongPath() {
        DiagnosticsEngine e = engine(Protocol.TFTP, 69, Set.of("ap1g4", "ap1g6", "ap1g7", "ap3g3"));
        e.onApSnapshots(List.of(
                new ApObservation("9105-emorenoa", "C9105AXI-B", "Initiated", 0, clock.instant()),
                new ApObservation("9105-lobby", "C9105AXW-B", "Initiated", 0, clock.instant()),
                new ApObservation("AP-POD-2-2", "C9120AXI-B", "Initiated", 0, clock.instant())));
        assertThat(heard).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo(DiagnosisCode.IMAGE_TYPE_MISSING);
            assertThat(d.args()).containsExactly("ap1g8", "/EWC/17_9_4a", "9105-emorenoa, 9105-lobby");
        });
        // the controller then asks for it: same problem, reported once
        e.onEvent(new TransferEvent.Refused(
                clock.instant(), Protocol.TFTP, EWC, "/EWC/17_9_4a/ap1g8", TransferEvent.RefusalReason.NOT_FOUND, ""));
        assertThat(heard).hasSize(1);
        // without snapshots first, the request alone tells it too
        DiagnosticsEngine fresh = engine(Protocol.TFTP, 69, Set.of());
        heard.clear();
        fresh.onEvent(new TransferEvent.Refused(
                clock.instant(), Protocol.TFTP, EWC, "/EWC/17_9_4a/ap1g6a", TransferEvent.RefusalReason.NOT_FOUND, ""));
        assertThat(heard).singleElement().extracting(Diagnosis::args).isEqualTo(List.of("ap1g6a", "/EWC/17_9_4a", ""));
    }

    @Test
    void noRequestWithinTheSetTimeMeansUnreachableOrBlocked() {
        DiagnosticsEngine e = engine(Protocol.TFTP, 69, Set.of());
        e.tick();
        e.start();
        clock.advance(Duration.ofSeconds(89));
        e.tick();
        assertThat(heard).isEmpty();
        clock.advance(Duration.ofSeconds(1));
        e.tick();
        e.tick();
        assertThat(heard).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo(DiagnosisCode.SERVER_UNREACHABLE);
            assertThat(d.args()).containsExactly("TFTP", 69, 90L);
        });

        heard.clear();
        DiagnosticsEngine sftp = engine(Protocol.SFTP, 2222, Set.of());
        sftp.start();
        sftp.onEvent(new TransferEvent.SessionOpened(clock.instant(), Protocol.SFTP, EWC, "ewc"));
        clock.advance(Duration.ofMinutes(5));
        sftp.tick();
        assertThat(heard).isEmpty();
    }

    @Test
    void timedOutInSyslogNamesTheBlockedPort() {
        DiagnosticsEngine e = engine(Protocol.TFTP, 69, Set.of());
        e.onSyslogLine(TIMED_OUT);
        assertThat(heard).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo(DiagnosisCode.DOWNLOAD_TIMED_OUT);
            assertThat(d.args()).containsExactly("tftp://172.16.5.199/EWC/17_9_4a/ap1g6", "TFTP", 69);
        });
    }

    @Test
    void apFailuresRetriesAndStuckStates() {
        DiagnosticsEngine e = engine(Protocol.TFTP, 69, Set.of());
        e.onSyslogLine(AP_SUCCESS);
        e.onSyslogLine(INSTALL_DONE);
        assertThat(heard).isEmpty();
        e.onSyslogLine(AP_FAILED);
        assertThat(heard).singleElement().extracting(Diagnosis::code).isEqualTo(DiagnosisCode.AP_DOWNLOAD_FAILED);
        heard.clear();

        e.onApSnapshots(List.of(
                new ApObservation("AP-POD-2-2", "C9120AXI-B", "Predownloading", 0, clock.instant()),
                new ApObservation("AP6C41.0E16.E79C", "AIR-AP2802I-B-K9", "Complete", 0, clock.instant())));
        assertThat(heard).isEmpty();
        clock.advance(Duration.ofMinutes(5));
        e.onApSnapshots(List.of(new ApObservation("AP-POD-2-2", "C9120AXI-B", "Predownloading", 1, clock.instant())));
        assertThat(heard).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo(DiagnosisCode.RETRIES_RISING);
            assertThat(d.args()).containsExactly("AP-POD-2-2", 1);
        });
        clock.advance(Duration.ofMinutes(10));
        e.tick();
        e.tick();
        assertThat(heard)
                .extracting(Diagnosis::code)
                .containsExactly(DiagnosisCode.RETRIES_RISING, DiagnosisCode.AP_STUCK);
        assertThat(heard.getLast().args()).containsExactly("AP-POD-2-2", "Predownloading", 15L);
        e.onApSnapshots(List.of(new ApObservation("AP-POD-2-2", "C9120AXI-B", "Failed", 1, clock.instant())));
        assertThat(heard.getLast().code()).isEqualTo(DiagnosisCode.AP_DOWNLOAD_FAILED);
        assertThat(heard.getLast().args()).containsExactly("AP-POD-2-2", "Failed");
        clock.advance(Duration.ofHours(1));
        e.tick();
        assertThat(heard).hasSize(3); // "Failed" and "Complete" are ends, not waits
    }

    @Test
    void anApIsNotStuckWhileItsImageIsStillMovingOverASlowLink() {
        DiagnosticsEngine e = engine(Protocol.TFTP, 69, Set.of());
        e.onApSnapshots(List.of(new ApObservation("AP-POD-2-2", "C9120AXI-B", "Predownloading", 0, clock.instant())));
        e.onEvent(new TransferEvent.Started(
                9, clock.instant(), Protocol.TFTP, EWC, "/EWC/17_9_4a/ap1g7", 60_000_000, Map.of()));
        for (int minute = 1; minute <= 30; minute++) {
            clock.advance(Duration.ofMinutes(1));
            e.onEvent(new TransferEvent.Progress(
                    9,
                    clock.instant(),
                    Protocol.TFTP,
                    EWC,
                    "/EWC/17_9_4a/ap1g7",
                    minute * 1_000_000L,
                    60_000_000,
                    16_000));
            e.tick();
        }
        assertThat(heard).isEmpty();
        clock.advance(Duration.ofMinutes(1));
        e.tick();
        assertThat(heard)
                .extracting(Diagnosis::code)
                .containsExactlyInAnyOrder(DiagnosisCode.TRANSFER_STALLED, DiagnosisCode.AP_STUCK);
    }

    @Test
    void diagnosesFanOutAndABrokenListenerDoesNotStopTheOthers() {
        List<Diagnosis> second = new CopyOnWriteArrayList<>();
        DiagnosisListeners fan = new DiagnosisListeners()
                .add(d -> {
                    throw new IllegalStateException("UI bug");
                })
                .add(second::add);
        DiagnosticsEngine e = new DiagnosticsEngine(
                clock,
                DiagnosticsSettings.defaults(Protocol.TFTP, 69, Set.of(), "/"),
                ServedFiles.under(root),
                ApImageCatalog.builtIn(),
                fan);
        e.onSyslogLine(TIMED_OUT);
        assertThat(second).singleElement().extracting(Diagnosis::code).isEqualTo(DiagnosisCode.DOWNLOAD_TIMED_OUT);
    }

    @Test
    void aTransferThatStopsMovingIsStalledAndAFailedOneIsReported() {
        DiagnosticsEngine e = engine(Protocol.TFTP, 69, Set.of());
        e.onEvent(new TransferEvent.Started(
                7, clock.instant(), Protocol.TFTP, EWC, "/EWC/17_9_4a/ap1g7", 60_000_000, Map.of()));
        clock.advance(Duration.ofSeconds(30));
        e.onEvent(new TransferEvent.Progress(
                7, clock.instant(), Protocol.TFTP, EWC, "/EWC/17_9_4a/ap1g7", 1_000_000, 60_000_000, 1e6));
        clock.advance(Duration.ofSeconds(59));
        e.tick();
        assertThat(heard).isEmpty();
        clock.advance(Duration.ofSeconds(1));
        e.tick();
        assertThat(heard).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo(DiagnosisCode.TRANSFER_STALLED);
            assertThat(d.args()).containsExactly("172.16.4.26", "/EWC/17_9_4a/ap1g7", 1_000_000L, 60L);
        });
        e.onEvent(new TransferEvent.Failed(
                7,
                clock.instant(),
                Protocol.TFTP,
                EWC,
                "/EWC/17_9_4a/ap1g7",
                1_000_000,
                TransferEvent.FailureReason.TIMEOUT,
                "no ACK"));
        assertThat(heard.getLast().code()).isEqualTo(DiagnosisCode.TRANSFER_FAILED);
        assertThat(heard.getLast().args()).containsExactly("172.16.4.26", "/EWC/17_9_4a/ap1g7", 1_000_000L, "TIMEOUT");
        clock.advance(Duration.ofMinutes(5));
        e.tick();
        assertThat(heard).hasSize(2);
    }

    @Test
    void unknownModelsAndSftpLoginFailures() {
        DiagnosticsEngine e = engine(Protocol.SFTP, 22, Set.of("ap1g7"));
        e.onApSnapshots(List.of(new ApObservation("AP-6E", "CW9166I-B", "Initiated", 0, clock.instant())));
        e.onEvent(new TransferEvent.AuthFailed(clock.instant(), Protocol.SFTP, EWC, "ewc-upgrade", 1));
        assertThat(heard)
                .extracting(Diagnosis::code)
                .containsExactly(DiagnosisCode.IMAGE_TYPE_UNKNOWN, DiagnosisCode.SFTP_LOGIN_FAILED);
        assertThat(heard.get(0).args()).containsExactly("AP-6E", "CW9166I-B");
        assertThat(heard.get(1).args()).containsExactly("172.16.4.26", "ewc-upgrade");
    }

    @Test
    void aControllerLogWithoutUpgradeTroubleGivesNoDiagnosisAndABadListenerStopsNothing() {
        // joins, disjoins, a dot1x timeout and regulatory-domain errors: busy, but nothing about images
        List<String> lines =
                CliFixtures.text("show_logging__ewc__1.txt").lines().toList();
        assertThat(lines).hasSizeGreaterThan(20);
        assertThat(quietOn(lines)).isEmpty();

        DiagnosticsEngine throwing = new DiagnosticsEngine(
                clock,
                DiagnosticsSettings.defaults(Protocol.TFTP, 69, Set.of(), "/"),
                ServedFiles.under(root),
                ApImageCatalog.builtIn(),
                d -> {
                    throw new IllegalStateException("listener bug");
                });
        throwing.onSyslogLine(TIMED_OUT);
        throwing.onSyslogLine(WRONG_PATH_TFTP);
        assertThat(throwing.diagnoses()).hasSize(2);
    }

    @Test
    void thePublicControllerLogGivesNoDiagnosisEither() throws Exception {
        // extra cross-check on real output; skipped (and reported so) without ../shared/samples
        List<String> lines = Files.readAllLines(PublicSamples.dir().resolve("show_logging__genieparser-9800__1.txt"));
        assertThat(lines).hasSizeGreaterThan(20);
        assertThat(quietOn(lines)).isEmpty();
    }

    private List<Diagnosis> quietOn(List<String> lines) {
        List<Diagnosis> none = new CopyOnWriteArrayList<>();
        DiagnosticsEngine quiet = new DiagnosticsEngine(
                clock,
                DiagnosticsSettings.defaults(Protocol.TFTP, 69, Set.of(), "/"),
                ServedFiles.under(root),
                ApImageCatalog.builtIn(),
                none::add);
        lines.forEach(quiet::onSyslogLine);
        return none;
    }

    @Test
    void theApsOwnLogLineFromTheSeedIsRecognisedToo() {
        DiagnosticsEngine e = engine(Protocol.TFTP, 69, Set.of());
        e.onSyslogLine("[*02/01/2024 20:29:14.1234] Going to restart CAPWAP (reason : image download cannot start)...");
        e.onSyslogLine("[*02/01/2024 20:29:15.0000] CAPWAP State: Discovery");
        assertThat(heard).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo(DiagnosisCode.AP_DOWNLOAD_FAILED);
            assertThat(d.args()).containsExactly("", "image download cannot start");
        });
    }

    @Test
    void parsesTheIosXeShape() {
        IosXeMessage m = DiagnosticsEngine.iosXe("<187>42: " + WRONG_PATH_TFTP).orElseThrow();
        assertThat(m.timestamp()).isEqualTo("Feb 1 20:52:13.977");
        assertThat(m.facility()).isEqualTo("INSTALL");
        assertThat(m.severity()).isEqualTo(3);
        assertThat(m.mnemonic()).isEqualTo("OPERATION_ERROR_MESSAGE");
        assertThat(m.text())
                .startsWith("Chassis 1 R0/0: install_engine: Failed")
                .endsWith("No such file or directory");
        assertThat(DiagnosticsEngine.iosXe("garbage without a tag")).isEmpty();
        assertThat(DiagnosticsEngine.iosXe(null)).isEmpty();
        assertThat(SyslogRules.pathOf("sftp://*****@172.16.5.62/Documents/Wrong-Path/ap1g6"))
                .isEqualTo("Documents/Wrong-Path/ap1g6");
        assertThat(SyslogRules.pathOf("tftp://172.16.5.27/Wrong-Path/ap1g6")).isEqualTo("/Wrong-Path/ap1g6");
    }
}
