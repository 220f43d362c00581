package org.ewcstation.simulator.network;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.sshd.client.SshClient;
import org.ewcstation.simulator.Fault;
import org.ewcstation.simulator.FaultControl;
import org.ewcstation.simulator.SimulatorSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code ap image predownload}: the controller fetches each image type its APs need (one transfer per
 * type, never its own ap1g7 which it serves itself), checks it, then hands it to every AP of that type over
 * that AP's simulated CAPWAP link, logging what the seed shows. A newer start or an abort cancels the
 * running one through the generation counter.
 */
public final class PredownloadEngine {

    private static final Logger LOG = LoggerFactory.getLogger(PredownloadEngine.class);
    private static final int MAX_RETRIES = 3;
    private static final long SLOW_LINK_DEFAULT = 32 * 1024;

    private final SimulatorSettings settings;
    private final Fleet fleet;
    private final ControllerLog log;
    private final FaultControl faults;
    private final SshClient sshClient;
    private final BundleCatalog bundle;
    private final ApLifecycle lifecycle;
    private final ExecutorService workers;
    private final ScheduledExecutorService timer;
    private final Path tempDir;
    private final BlackHoles blackHoles;
    private final AtomicInteger generation = new AtomicInteger();
    private volatile boolean aborted;
    private volatile String lastError = "None";

    public PredownloadEngine(
            SimulatorSettings settings,
            Fleet fleet,
            ControllerLog log,
            FaultControl faults,
            SshClient sshClient,
            BundleCatalog bundle,
            ApLifecycle lifecycle,
            ExecutorService workers,
            ScheduledExecutorService timer,
            Path tempDir,
            BlackHoles blackHoles) {
        this.settings = settings;
        this.fleet = fleet;
        this.log = log;
        this.faults = faults;
        this.sshClient = sshClient;
        this.bundle = bundle;
        this.lifecycle = lifecycle;
        this.workers = workers;
        this.timer = timer;
        this.tempDir = tempDir;
        this.blackHoles = blackHoles;
    }

    /** The version the APs receive: the bundle's version.info, else the configured target. */
    public String targetVersion() {
        return bundle.version().orElse(settings.targetApVersion());
    }

    /** Starts a pre-download with the profile; returns an error line for the CLI, or null when started. */
    public String start(ImageProfile.Snapshot profile) {
        if (inProgress()) {
            return "% Error: AP image predownload is already in progress";
        }
        if (profile == null || profile.mode() == null) {
            return "% Error: Image download profile 'default' has no image-download-mode configured";
        }
        int gen = generation.incrementAndGet();
        removeOldImages();
        aborted = false;
        lastError = "None";
        String version = targetVersion();
        Map<String, List<VirtualAp>> byType = new LinkedHashMap<>();
        for (VirtualAp ap : fleet.aps()) {
            if (ap.joined()) {
                ap.begin(version, gen);
                byType.computeIfAbsent(ap.imageType(), t -> new ArrayList<>()).add(ap);
            }
        }
        byType.forEach((type, aps) -> workers.execute(() -> runType(gen, profile, type, aps)));
        return null;
    }

    public void abort() {
        if (!inProgress()) {
            return;
        }
        aborted = true;
        generation.incrementAndGet();
        fleet.aps().forEach(VirtualAp::abort);
    }

    public boolean inProgress() {
        return fleet.aps().stream()
                .map(a -> a.snapshot().status())
                .anyMatch(s -> s == PredownloadStatus.INITIATED || s == PredownloadStatus.PREDOWNLOADING);
    }

    /** {@code show wireless ewc-ap predownload status}: (status word, error text). */
    public String[] overall() {
        if (generation.get() == 0) {
            return new String[] {"None", "None"};
        }
        if (inProgress()) {
            return new String[] {"In Progress", lastError};
        }
        if (aborted) {
            return new String[] {"Aborted", lastError};
        }
        boolean failed = fleet.aps().stream().anyMatch(a -> a.snapshot().status() == PredownloadStatus.FAILED);
        return new String[] {failed ? "Failed" : "Complete", lastError};
    }

    private void runType(int gen, ImageProfile.Snapshot p, String type, List<VirtualAp> aps) {
        FetchedImage image;
        if (type.equals(SimulatorSettings.OWN_IMAGE_TYPE)) {
            image = bundle.image(type).orElse(new FetchedImage(null, settings.ownImageSize(), null));
        } else {
            image = fetch(gen, p, type, aps);
            if (image == null) {
                return;
            }
        }
        for (VirtualAp ap : aps) {
            workers.execute(() -> handOff(gen, ap, image, true));
        }
    }

    private FetchedImage fetch(int gen, ImageProfile.Snapshot p, String type, List<VirtualAp> aps) {
        boolean tftp = p.mode() == ImageProfile.Mode.TFTP;
        String dir = tftp ? p.tftpPath() : p.sftpPath();
        String server = tftp ? p.tftpServer() : p.sftpServer();
        String path = faults.has(Fault.Kind.WRONG_PATH) ? "/Wrong-Path/" + type : join(dir, type);
        String url = (tftp ? "tftp://" : "sftp://*****@") + server + "/" + TftpImageFetcher.stripSlash(path);
        log.install(5, "INSTALL_START_INFO", "Started install add " + url);
        try {
            if (server == null) {
                throw new FetchException("Server not configured", null);
            }
            Path target = Files.createTempFile(tempDir, type, ".img");
            FetchedImage got = fetcher(p, tftp, server).fetch(path, target);
            if (generation.get() != gen) {
                return null;
            }
            var expected = bundle.image(type);
            if (expected.isPresent()
                    && (expected.get().size() != got.size()
                            || !expected.get().sha256().equals(got.sha256()))) {
                throw new FetchException(
                        "Image verification failed (size " + got.size() + ", expected "
                                + expected.get().size() + "; SHA-256 mismatch)",
                        null);
            }
            log.install(5, "INSTALL_COMPLETED_INFO", "Completed install add " + url);
            return got;
        } catch (FetchException | IOException | RuntimeException e) {
            String reason = e instanceof FetchException fe ? fe.reason() : e.toString();
            LOG.info("Download of {} failed: {}", url, reason);
            if (generation.get() != gen) {
                return null;
            }
            lastError = "Failed to download file " + url + ": " + reason;
            log.install(3, "OPERATION_ERROR_MESSAGE", "Failed to install_add package " + url + ", Error: " + lastError);
            for (VirtualAp ap : aps) {
                ap.status(gen, PredownloadStatus.FAILED);
                log.apEvent("AP Image Download Failed");
            }
            return null;
        }
    }

    private ImageFetcher fetcher(ImageProfile.Snapshot p, boolean tftp, String server) throws IOException {
        InetAddress bind = InetAddress.getByName(settings.bind());
        boolean unreachable = faults.has(Fault.Kind.UNREACHABLE);
        boolean corrupt = faults.has(Fault.Kind.CORRUPT);
        if (tftp) {
            InetSocketAddress target =
                    unreachable ? blackHoles.udp() : new InetSocketAddress(server, settings.tftpPort());
            return new TftpImageFetcher(
                    bind,
                    target,
                    settings.transferTimeout(),
                    settings.transferRetries(),
                    settings.tftpBlockSize(),
                    corrupt);
        }
        int port = p.sftpPort() != 0 ? p.sftpPort() : settings.sftpPort();
        InetSocketAddress target = unreachable ? blackHoles.tcp() : new InetSocketAddress(server, port);
        return new SftpImageFetcher(sshClient, bind, target, p.sftpUser(), p.sftpPassword(), sshTimeout(), corrupt);
    }

    /** SSH needs a key exchange before the first byte of the file: never less than 10 s per step. */
    private Duration sshTimeout() {
        var t = settings.transferTimeout().multipliedBy(Math.max(1, settings.transferRetries()));
        return t.compareTo(Duration.ofSeconds(10)) < 0 ? Duration.ofSeconds(10) : t;
    }

    static String join(String dir, String file) {
        if (dir == null || dir.isBlank()) {
            return file;
        }
        return dir.endsWith("/") ? dir + file : dir + "/" + file;
    }

    /** One AP's CAPWAP hand-off at its link speed, hashing what it receives. */
    private void handOff(int gen, VirtualAp ap, FetchedImage image, boolean firstAttempt) {
        long rate = faults.get(Fault.Kind.SLOW_LINK)
                .map(f -> f.arg().isEmpty() ? SLOW_LINK_DEFAULT : Long.parseLong(f.arg()))
                .orElse(settings.linkBytesPerSecond());
        long total = image.size();
        boolean rebootMidway = firstAttempt
                && faults.get(Fault.Kind.AP_REBOOT)
                        .map(f -> f.arg().isEmpty()
                                ? ap == firstFetchedAp()
                                : ap.name().equalsIgnoreCase(f.arg()))
                        .orElse(false);
        ap.progress(gen, 0, total, rate);
        long started = System.nanoTime();
        long done = 0;
        try (InputStream in =
                image.file() == null ? InputStream.nullInputStream() : Files.newInputStream(image.file())) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] buf = new byte[Math.clamp(rate / 10, 1024, 256 * 1024)];
            while (done < total) {
                if (generation.get() != gen) {
                    return;
                }
                if (!ap.joined()) {
                    failAp(gen, ap, image);
                    return;
                }
                int n = (int) Math.min(buf.length, total - done);
                if (image.file() != null) {
                    n = in.readNBytes(buf, 0, n);
                    if (n <= 0) {
                        break;
                    }
                    md.update(buf, 0, n);
                }
                done += n;
                pace(started, done, rate);
                double elapsed = Math.max(1e-3, (System.nanoTime() - started) / 1e9);
                ap.progress(gen, done, total, done / elapsed);
                if (rebootMidway && done * 2 >= total && done < total) {
                    lifecycle.reboot(ap);
                    failAp(gen, ap, image);
                    return;
                }
            }
            if (image.sha256() != null && !HexFormat.of().formatHex(md.digest()).equals(image.sha256())) {
                failAp(gen, ap, image);
                return;
            }
            if (generation.get() == gen) {
                ap.complete(gen);
                log.apEvent("AP Image Download Success");
            }
        } catch (IOException | NoSuchAlgorithmException e) {
            LOG.warn("Hand-off to {} failed", ap.name(), e);
            failAp(gen, ap, image);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private VirtualAp firstFetchedAp() {
        return fleet.aps().stream()
                .filter(a -> !a.imageType().equals(SimulatorSettings.OWN_IMAGE_TYPE))
                .findFirst()
                .orElse(fleet.host());
    }

    private void failAp(int gen, VirtualAp ap, FetchedImage image) {
        if (generation.get() != gen) {
            return;
        }
        log.apEvent("AP Image Download Failed");
        if (ap.snapshot().retries() >= MAX_RETRIES) {
            ap.status(gen, PredownloadStatus.FAILED);
            return;
        }
        ap.retryAt(gen, Instant.now().plus(settings.retryDelay()));
        timer.schedule(() -> retry(gen, ap, image), settings.retryDelay().toMillis(), TimeUnit.MILLISECONDS);
    }

    private void retry(int gen, VirtualAp ap, FetchedImage image) {
        if (generation.get() != gen) {
            return;
        }
        if (!ap.joined()) {
            timer.schedule(
                    () -> retry(gen, ap, image),
                    Math.max(50, settings.retryDelay().toMillis() / 4),
                    TimeUnit.MILLISECONDS);
            return;
        }
        workers.execute(() -> handOff(gen, ap, image, false));
    }

    private static void pace(long startedNanos, long done, long rate) throws InterruptedException {
        long dueNanos = startedNanos + (long) (done * 1e9 / Math.max(1, rate));
        long wait = dueNanos - System.nanoTime();
        if (wait > 0) {
            TimeUnit.NANOSECONDS.sleep(wait);
        }
    }

    /** Images of earlier runs are no longer needed (their hand-offs were cancelled): a long demo stays small. */
    private void removeOldImages() {
        try (var files = Files.list(tempDir)) {
            files.forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            LOG.debug("Cleaning {}: {}", tempDir, e.toString());
        }
    }

    /** For tests and diagnostics: the temp folder images are fetched into. */
    public Path tempDir() {
        return tempDir;
    }
}
