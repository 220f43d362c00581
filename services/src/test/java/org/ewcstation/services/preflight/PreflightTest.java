package org.ewcstation.services.preflight;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ewcstation.servers.event.Protocol;
import org.ewcstation.services.MessageKeys;
import org.ewcstation.services.preflight.CheckResult.Level;
import org.ewcstation.services.preflight.PreflightInput.Ap;
import org.ewcstation.services.preflight.PreflightInput.DiskSpace;
import org.ewcstation.services.preflight.PreflightInput.LocalAddress;
import org.ewcstation.services.preflight.PreflightInput.Ping;
import org.ewcstation.services.preflight.PreflightInput.Profile;
import org.ewcstation.services.preflight.PreflightInput.ServerState;
import org.ewcstation.services.preflight.PreflightInput.SftpSelfTest;
import org.ewcstation.services.repository.ApImageCatalog;
import org.ewcstation.services.repository.BundleInspector;
import org.ewcstation.services.repository.BundleManifest;
import org.ewcstation.services.repository.SyntheticBundles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The seed's network: laptop 172.16.5.27/24, EWC 172.16.5.10, APs on 17.9.4.27, bundle 17.12.1.5 (a real folder). */
class PreflightTest {

    @TempDir
    Path tmp;

    BundleManifest bundle;
    final Preflight preflight = new Preflight(ApImageCatalog.builtIn());
    final List<Ap> aps = List.of(
            new Ap("AP-POD-2-2", "C9120AXI-B", "17.9.4.27"),
            new Ap("AP6C41.0E16.E79C", "AIR-AP2802I-B-K9", "17.9.4.27"),
            new Ap("9105-emorenoa", "C9105AXI-B", "17.9.4.27"));

    @BeforeEach
    void setUp() throws Exception {
        bundle = new BundleInspector(ApImageCatalog.builtIn())
                .inspect(SyntheticBundles.folder(tmp.resolve("EWC/17_12_1"), SyntheticBundles.seedFiles("17.12.1.5")));
    }

    PreflightInput tftp(
            Optional<BundleManifest> b, List<Ap> aps, ServerState server, String profileAddress, Optional<Ping> ping) {
        return new PreflightInput(
                new Profile(Protocol.TFTP, profileAddress, "/EWC/17_12_1", 22),
                List.of(server),
                List.of(
                        new LocalAddress("127.0.0.1", 8),
                        new LocalAddress("172.16.5.27", 24),
                        new LocalAddress("10.9.0.4", 16)),
                "172.16.5.10",
                b,
                List.of("/EWC/17_12_1"),
                aps,
                ping,
                Optional.empty(),
                Optional.empty(),
                true);
    }

    ServerState tftpOn69() {
        return new ServerState(Protocol.TFTP, true, "0.0.0.0", 69);
    }

    @Test
    void aGoodSetUpIsAllGreen() {
        PreflightReport r = run(tftp(Optional.of(bundle), aps, tftpOn69(), "172.16.5.27", Optional.of(new Ping(5, 5))));
        assertThat(r.results())
                .allSatisfy(c -> assertThat(c.level()).as(c.reason().key()).isEqualTo(Level.GREEN));
        assertThat(r.blocking()).isFalse();
        assertThat(r.results())
                .extracting(CheckResult::check)
                .containsExactly(
                        PreflightCheck.SERVER_RUNNING,
                        PreflightCheck.SERVER_ADDRESS,
                        PreflightCheck.SERVER_PORT,
                        PreflightCheck.CONTROLLER_PING,
                        PreflightCheck.PROFILE_PATH,
                        PreflightCheck.IMAGE_TYPES,
                        PreflightCheck.AP_VERSIONS,
                        PreflightCheck.CONTROLLER_IMAGE);
        assertThat(r.of(PreflightCheck.IMAGE_TYPES).getFirst().reason().args())
                .containsExactly("ap1g7, ap1g8, ap3g3", 3);
        assertThat(r.of(PreflightCheck.AP_VERSIONS).getFirst().reason().args())
                .containsExactly("17.9.4.27", "17.12.1.5", 3);
        assertThat(r.results()).allSatisfy(c -> assertThat(c.fix()).isEmpty());
    }

    /**
     * A lab controller on this computer (the demo) asking on its own TFTP port: loopback and that port are right
     * for it, so the checks pass; the same loopback address or port for a controller elsewhere stays red.
     */
    @Test
    void aLabControllerOnThisComputerIsGreenOnLoopbackAndItsOwnPort() {
        PreflightInput lab = new PreflightInput(
                new Profile(Protocol.TFTP, "127.0.0.1", "/EWC/17_12_1", 22, 6969),
                List.of(new ServerState(Protocol.TFTP, true, "127.0.0.1", 6969)),
                List.of(new LocalAddress("127.0.0.1", 8), new LocalAddress("172.16.5.27", 24)),
                "127.0.0.1",
                Optional.of(bundle),
                List.of("/EWC/17_12_1"),
                aps,
                Optional.of(new Ping(5, 5)),
                Optional.empty(),
                Optional.empty(),
                true);
        PreflightReport r = run(lab);
        assertThat(r.results())
                .allSatisfy(c -> assertThat(c.level()).as(c.reason().key()).isEqualTo(Level.GREEN));
        assertThat(r.of(PreflightCheck.SERVER_ADDRESS).getFirst().reason().key())
                .isEqualTo("preflight.serverAddress.sameHost");
        PreflightReport wrongPort = run(new PreflightInput(
                new Profile(Protocol.TFTP, "127.0.0.1", "/EWC/17_12_1", 22, 6970),
                lab.servers(),
                lab.localAddresses(),
                "127.0.0.1",
                lab.bundle(),
                lab.knownBundlePaths(),
                aps,
                lab.ping(),
                Optional.empty(),
                Optional.empty(),
                true));
        assertThat(wrongPort.of(PreflightCheck.SERVER_PORT).getFirst().reason().key())
                .isEqualTo("preflight.serverPort.tftpMismatch");
        PreflightReport elsewhere = run(tftp(
                Optional.of(bundle),
                aps,
                new ServerState(Protocol.TFTP, true, "127.0.0.1", 69),
                "127.0.0.1",
                Optional.empty()));
        assertThat(elsewhere.of(PreflightCheck.SERVER_ADDRESS).getFirst().level())
                .isEqualTo(Level.RED);
    }

    @Test
    void serverProblemsAreRedWithAFix() {
        PreflightReport stopped = run(tftp(
                Optional.of(bundle),
                aps,
                new ServerState(Protocol.TFTP, false, "0.0.0.0", 69),
                "172.16.5.27",
                Optional.empty()));
        CheckResult running = stopped.of(PreflightCheck.SERVER_RUNNING).getFirst();
        assertThat(running.level()).isEqualTo(Level.RED);
        assertThat(running.fix()).get().extracting(m -> m.key()).isEqualTo("preflight.serverRunning.stopped.fix");
        assertThat(stopped.of(PreflightCheck.CONTROLLER_PING).getFirst().level())
                .isEqualTo(Level.WARNING);

        PreflightReport highPort = run(tftp(
                Optional.of(bundle),
                aps,
                new ServerState(Protocol.TFTP, true, "0.0.0.0", 6969),
                "172.16.5.27",
                Optional.of(new Ping(5, 0))));
        assertThat(highPort.of(PreflightCheck.SERVER_PORT).getFirst().reason().key())
                .isEqualTo("preflight.serverPort.tftpNot69");
        assertThat(highPort.of(PreflightCheck.CONTROLLER_PING).getFirst().level())
                .isEqualTo(Level.RED);

        assertThat(situation(
                        tftp(
                                Optional.of(bundle),
                                aps,
                                new ServerState(Protocol.TFTP, true, "127.0.0.1", 69),
                                "172.16.5.27",
                                Optional.empty()),
                        PreflightCheck.SERVER_ADDRESS))
                .isEqualTo("preflight.serverAddress.boundToLoopback");
        assertThat(situation(
                        tftp(
                                Optional.of(bundle),
                                aps,
                                new ServerState(Protocol.TFTP, true, "10.9.0.4", 69),
                                "172.16.5.27",
                                Optional.empty()),
                        PreflightCheck.SERVER_ADDRESS))
                .isEqualTo("preflight.serverAddress.boundElsewhere");
        assertThat(situation(
                        tftp(Optional.of(bundle), aps, tftpOn69(), "127.0.0.1", Optional.empty()),
                        PreflightCheck.SERVER_ADDRESS))
                .isEqualTo("preflight.serverAddress.loopback");
        PreflightReport notOurs = run(tftp(Optional.of(bundle), aps, tftpOn69(), "172.16.5.199", Optional.empty()));
        CheckResult addr = notOurs.of(PreflightCheck.SERVER_ADDRESS).getFirst();
        assertThat(addr.reason().key()).isEqualTo("preflight.serverAddress.notOurs");
        assertThat(addr.reason().args()).containsExactly("172.16.5.199", "172.16.5.27, 10.9.0.4");
        CheckResult routed = run(tftp(Optional.of(bundle), aps, tftpOn69(), "10.9.0.4", Optional.empty()))
                .of(PreflightCheck.SERVER_ADDRESS)
                .getFirst();
        assertThat(routed.level()).isEqualTo(Level.WARNING);
        assertThat(situation(
                        tftp(Optional.of(bundle), aps, tftpOn69(), "", Optional.empty()),
                        PreflightCheck.SERVER_ADDRESS))
                .isEqualTo("preflight.serverAddress.missing");
    }

    @Test
    void pathAndImageProblemsNameTheApsConcerned() throws Exception {
        PreflightReport missing =
                run(tftp(Optional.empty(), aps, tftpOn69(), "172.16.5.27", Optional.of(new Ping(5, 5))));
        CheckResult path = missing.of(PreflightCheck.PROFILE_PATH).getFirst();
        assertThat(path.level()).isEqualTo(Level.RED);
        assertThat(path.reason().args()).containsExactly("/EWC/17_12_1", "/EWC/17_12_1");

        Map<String, byte[]> files = new LinkedHashMap<>(SyntheticBundles.seedFiles("17.12.1.5"));
        files.remove("ap1g8");
        BundleManifest noG8 =
                new BundleInspector(ApImageCatalog.builtIn()).inspect(SyntheticBundles.folder(tmp.resolve("b"), files));
        List<Ap> withUnknown = new ArrayList<>(aps);
        withUnknown.add(new Ap("9105-lobby", "C9105AXW-B", "17.9.4.27"));
        CheckResult types = run(tftp(Optional.of(noG8), withUnknown, tftpOn69(), "172.16.5.27", Optional.empty()))
                .of(PreflightCheck.IMAGE_TYPES)
                .getFirst();
        assertThat(types.level()).isEqualTo(Level.RED);
        assertThat(types.reason().args()).containsExactly("ap1g8", "9105-emorenoa, 9105-lobby");

        CheckResult unknown = run(tftp(
                        Optional.of(bundle),
                        List.of(new Ap("AP-6E", "CW9166I-B", "17.9.4.27")),
                        tftpOn69(),
                        "172.16.5.27",
                        Optional.empty()))
                .of(PreflightCheck.IMAGE_TYPES)
                .getFirst();
        assertThat(unknown.level()).isEqualTo(Level.WARNING);
        assertThat(unknown.reason().args()).containsExactly("AP-6E (CW9166I-B)");
    }

    @Test
    void versionsTheApsAlreadyRunAndAControllerImageThatDoesNotMatch() throws Exception {
        List<Ap> current =
                List.of(new Ap("AP-POD-2-2", "C9120AXI-B", "17.12.1.5"), new Ap("x", "C9120AXI-B", "17.9.4.27"));
        CheckResult some = run(tftp(Optional.of(bundle), current, tftpOn69(), "172.16.5.27", Optional.empty()))
                .of(PreflightCheck.AP_VERSIONS)
                .getFirst();
        assertThat(some.reason().key()).isEqualTo("preflight.apVersions.someCurrent");
        assertThat(some.reason().args()).containsExactly("17.12.1.5", "AP-POD-2-2");
        CheckResult all = run(tftp(
                        Optional.of(bundle), current.subList(0, 1), tftpOn69(), "172.16.5.27", Optional.empty()))
                .of(PreflightCheck.AP_VERSIONS)
                .getFirst();
        assertThat(all.reason().key()).isEqualTo("preflight.apVersions.allCurrent");

        Map<String, byte[]> files = new LinkedHashMap<>(SyntheticBundles.seedFiles("17.12.1.5"));
        files.put("controller_version.info", "17.9.4.27".getBytes());
        BundleManifest odd =
                new BundleInspector(ApImageCatalog.builtIn()).inspect(SyntheticBundles.folder(tmp.resolve("c"), files));
        CheckResult ctl = run(tftp(Optional.of(odd), aps, tftpOn69(), "172.16.5.27", Optional.empty()))
                .of(PreflightCheck.CONTROLLER_IMAGE)
                .getFirst();
        assertThat(ctl.level()).isEqualTo(Level.RED);
        assertThat(ctl.reason().args()).containsExactly("17.9.4.27", "17.12.1.5");
    }

    @Test
    void sftpChecksLoginPortPasswordTransportAndDiskSpace() {
        PreflightInput base = new PreflightInput(
                new Profile(Protocol.SFTP, "172.16.5.27", "/EWC/17_12_1", 2222),
                List.of(new ServerState(Protocol.SFTP, true, "::", 2222)),
                List.of(new LocalAddress("172.16.5.27", 24)),
                "172.16.5.10",
                Optional.of(bundle),
                List.of(),
                aps,
                Optional.of(new Ping(5, 5)),
                Optional.of(new SftpSelfTest(true, "")),
                Optional.of(new DiskSpace(900L << 20, 10_000L << 20)),
                true);
        PreflightReport ok = run(base);
        assertThat(ok.overall()).isEqualTo(Level.GREEN);
        assertThat(ok.results())
                .extracting(CheckResult::check)
                .contains(PreflightCheck.SFTP_LOGIN, PreflightCheck.PASSWORD_TRANSPORT, PreflightCheck.DISK_SPACE);
        assertThat(ok.of(PreflightCheck.DISK_SPACE).getFirst().reason().args()).containsExactly(900L, 10_000L);

        PreflightReport bad = run(new PreflightInput(
                new Profile(Protocol.SFTP, "172.16.5.27", "/EWC/17_12_1", 22),
                base.servers(),
                base.localAddresses(),
                base.controllerAddress(),
                base.bundle(),
                List.of(),
                aps,
                base.ping(),
                Optional.of(new SftpSelfTest(false, "auth")),
                Optional.of(new DiskSpace(900L << 20, 100L << 20)),
                false));
        assertThat(bad.blocking()).isTrue();
        assertThat(bad.of(PreflightCheck.SERVER_PORT).getFirst().reason().args())
                .containsExactly(2222, 22);
        assertThat(bad.of(PreflightCheck.SFTP_LOGIN).getFirst().reason().key())
                .isEqualTo("preflight.sftpLogin.failedAuth");
        assertThat(bad.of(PreflightCheck.PASSWORD_TRANSPORT).getFirst().level()).isEqualTo(Level.RED);
        assertThat(bad.of(PreflightCheck.DISK_SPACE).getFirst().reason().key())
                .isEqualTo("preflight.diskSpace.tooSmall");
        for (String code :
                List.of(SftpLoginCheck.REFUSED, SftpLoginCheck.TIMEOUT, SftpLoginCheck.PATH, SftpLoginCheck.ERROR)) {
            PreflightReport r = run(new PreflightInput(
                    base.profile(),
                    base.servers(),
                    base.localAddresses(),
                    base.controllerAddress(),
                    base.bundle(),
                    List.of(),
                    aps,
                    base.ping(),
                    Optional.of(new SftpSelfTest(false, code)),
                    Optional.empty(),
                    true));
            assertThat(r.of(PreflightCheck.SFTP_LOGIN).getFirst().level()).isEqualTo(Level.RED);
        }
    }

    /** Runs the preflight and checks that every reason and fix it gives exists and renders in both languages. */
    private PreflightReport run(PreflightInput in) {
        PreflightReport r = preflight.run(in);
        r.results().forEach(c -> {
            MessageKeys.assertRenders(c.reason());
            c.fix().ifPresent(MessageKeys::assertRenders);
        });
        return r;
    }

    private String situation(PreflightInput in, PreflightCheck check) {
        return run(in).of(check).getFirst().reason().key();
    }
}
