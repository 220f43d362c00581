package org.ewcstation.services.repository;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.ToLongFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.ewcstation.services.repository.ImportException.Reason;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The folder our TFTP and SFTP servers serve. Bundles live under {@code <root>/EWC/<release>} (e.g.
 * {@code EWC/17_9_4a}, as the seed's technicians do), so the profile path is {@code /EWC/17_9_4a}.
 * An import is extracted into a hidden staging folder first and moved into place only when it is complete
 * and judged a bundle: a failed or refused import leaves the repository exactly as it was.
 */
public final class ImageRepository {

    private static final Logger LOG = LoggerFactory.getLogger(ImageRepository.class);
    public static final String DEFAULT_BUNDLES_FOLDER = "EWC";
    static final String STAGING_PREFIX = ".import-";
    static final long RESERVE_BYTES = 64L << 20;
    /** A release in a download's file name: 17.9.4a, 17.09.04a, 17_9_4a. */
    private static final Pattern RELEASE_IN_NAME =
            Pattern.compile("(\\d{2})[._](\\d{1,2})[._](\\d{1,2})([a-z]?)(?![\\d])");

    private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._\\-]{0,63}");

    private final Path root;
    private final String bundlesFolder;
    private final BundleInspector inspector;
    private final ToLongFunction<Path> freeSpace;

    public ImageRepository(Path root, String bundlesFolder, BundleInspector inspector) {
        this(root, bundlesFolder, inspector, ImageRepository::fileStoreFree);
    }

    /** With a stand-in for the disk's free space, so the space limits can be tested without filling a disk. */
    ImageRepository(Path root, String bundlesFolder, BundleInspector inspector, ToLongFunction<Path> freeSpace) {
        this.root = root.toAbsolutePath().normalize();
        this.bundlesFolder = bundlesFolder;
        this.inspector = inspector;
        this.freeSpace = freeSpace;
    }

    public Path root() {
        return root;
    }

    /** A bundle found in the repository, cheap to list (no hashing). */
    public record StoredBundle(String profilePath, Path folder, Optional<String> version) {}

    /** Every folder up to three levels under the root that looks like a bundle. */
    public List<StoredBundle> list() throws IOException {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        List<StoredBundle> out = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root, 3)) {
            for (Path dir : (Iterable<Path>) walk.filter(Files::isDirectory).sorted()::iterator) {
                if (!dir.equals(root) && !root.relativize(dir).toString().startsWith(".") && looksLikeBundle(dir)) {
                    out.add(new StoredBundle(profilePath(dir), dir, readVersion(dir)));
                }
            }
        }
        return out;
    }

    /** Full inspection (hashes every file). */
    public BundleManifest inspect(Path folder, ImportProgress progress) throws IOException {
        return inspector.inspect(folder, progress);
    }

    /** The path to write in the profile for a folder of the repository: {@code /EWC/17_9_4a}. */
    public String profilePath(Path folder) {
        return "/"
                + root.relativize(folder.toAbsolutePath().normalize())
                        .toString()
                        .replace('\\', '/');
    }

    /**
     * The folder a profile path names, if it exists inside the root. TFTP paths are relative to the root and
     * SFTP paths to the user's home, which our SFTP server maps to the same root; a leading slash is ignored.
     */
    public Optional<Path> resolveProfilePath(String profilePath) {
        if (profilePath == null) {
            return Optional.empty();
        }
        String p = profilePath.replace('\\', '/').replaceAll("^/+", "");
        if (Arrays.asList(p.split("/")).contains("..")) {
            return Optional.empty(); // our servers refuse ".." too, so the controller could never fetch through it
        }
        Path target = root.resolve(p).normalize();
        return target.startsWith(root) && Files.isDirectory(target) ? Optional.of(target) : Optional.empty();
    }

    /** Bytes usable on the repository's disk. */
    public long usableSpace() {
        return freeSpace.applyAsLong(root);
    }

    private static long fileStoreFree(Path root) {
        Path existing = root;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        try {
            return Files.getFileStore(existing == null ? root : existing).getUsableSpace();
        } catch (IOException e) {
            LOG.warn("Cannot read the free space of {}", root, e);
            return Long.MAX_VALUE; // unknown: let the import try, the write itself will fail cleanly
        }
    }

    /** Bytes an import of {@code source} needs (for the preflight's free-space check). */
    public long bytesNeededFor(Path source) throws IOException {
        return BundleExtractor.estimatedSize(source);
    }

    /**
     * Imports a bundle as downloaded: a {@code .zip}, a {@code .tar} / {@code .tar.gz} or an unzipped folder.
     * Blocking; run it on a background executor and sample {@code progress}.
     */
    public BundleManifest importBundle(Path source, ImportOptions options, ImportProgress progress)
            throws ImportException {
        if (source == null || !Files.exists(source)) {
            throw new ImportException(Reason.SOURCE_MISSING, String.valueOf(source));
        }
        if (Files.isDirectory(source) && root.startsWith(source.toAbsolutePath().normalize())) {
            // copying a folder that holds the repository would copy the repository into itself
            throw new ImportException(Reason.SOURCE_CONTAINS_REPOSITORY, source.toString());
        }
        String id = UUID.randomUUID().toString();
        Path staging = root.resolve(STAGING_PREFIX + id);
        Path replaced = root.resolve(STAGING_PREFIX + id + "-replaced");
        try {
            long needed = BundleExtractor.estimatedSize(source);
            long free = usableSpace();
            if (needed > free - RESERVE_BYTES) {
                throw new ImportException(Reason.NO_SPACE, needed, free);
            }
            Files.createDirectories(staging);
            // keep a reserve so the store and the logs can still write if an archive lies about its size
            new BundleExtractor(progress, Math.max(0, free - RESERVE_BYTES), options.limits()).extract(source, staging);
            Path bundleDir =
                    findBundle(staging).orElseThrow(() -> new ImportException(Reason.NOT_A_BUNDLE, name(source)));
            String folderName = chooseName(source, bundleDir, options);
            Path target = root.resolve(bundlesFolder).resolve(folderName);
            if (Files.exists(target)) {
                if (!options.replace()) {
                    throw new ImportException(Reason.ALREADY_EXISTS, profilePath(target));
                }
                // aside, not inside staging: staging itself may become the new bundle folder
                Files.move(target, replaced, StandardCopyOption.ATOMIC_MOVE);
            }
            Files.createDirectories(target.getParent());
            Files.move(bundleDir, target, StandardCopyOption.ATOMIC_MOVE);
            BundleManifest manifest = inspector.inspect(target, progress);
            progress.done();
            LOG.info(
                    "Imported {} into {} (version {})",
                    source,
                    target,
                    manifest.version().orElse("?"));
            return manifest;
        } catch (ImportException e) {
            progress.failed();
            throw e;
        } catch (IOException | RuntimeException e) {
            progress.failed();
            LOG.warn("Import of {} failed", source, e);
            throw new ImportException(Reason.IO_ERROR, e, name(source), String.valueOf(e.getMessage()));
        } finally {
            deleteQuietly(staging);
            deleteQuietly(replaced);
        }
    }

    private String chooseName(Path source, Path bundleDir, ImportOptions options) throws ImportException, IOException {
        if (options.folderName().isPresent()) {
            String n = options.folderName().get().trim();
            if (!SAFE_NAME.matcher(n).matches()) {
                throw new ImportException(Reason.BAD_FOLDER_NAME, n);
            }
            return n;
        }
        for (String candidate : List.of(name(source), name(bundleDir))) {
            Matcher m = RELEASE_IN_NAME.matcher(candidate);
            if (m.find()) {
                return Versions.folderName(m.group(1) + "." + m.group(2) + "." + m.group(3) + m.group(4));
            }
        }
        Optional<String> version = readVersion(bundleDir);
        if (version.isEmpty()) {
            throw new ImportException(Reason.NO_VERSION, name(source));
        }
        return Versions.folderName(version.get());
    }

    /** The shallowest folder under {@code staging} that looks like a bundle (archives often wrap it in one folder). */
    private static Optional<Path> findBundle(Path staging) throws IOException {
        try (Stream<Path> walk = Files.walk(staging, 4)) {
            return walk.filter(Files::isDirectory)
                    .filter(ImageRepository::looksLikeBundleQuietly)
                    .min(Comparator.comparingInt(Path::getNameCount));
        }
    }

    private static boolean looksLikeBundleQuietly(Path dir) {
        try {
            return looksLikeBundle(dir);
        } catch (IOException e) {
            return false;
        }
    }

    /** True when {@code dir} holds a version.info or an AP image: a bundle, complete or not. */
    public static boolean looksLikeBundle(Path dir) throws IOException {
        if (Files.isRegularFile(dir.resolve(BundleInspector.VERSION_INFO))) {
            return true;
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.anyMatch(p -> Files.isRegularFile(p)
                    && ApImageName.matches(p.getFileName().toString()));
        }
    }

    private static Optional<String> readVersion(Path dir) throws IOException {
        Path f = dir.resolve(BundleInspector.VERSION_INFO);
        if (!Files.isRegularFile(f)) {
            return Optional.empty();
        }
        try (InputStream in = Files.newInputStream(f)) {
            return BundleVersionInfo.parse(new String(in.readNBytes(64 * 1024), StandardCharsets.UTF_8))
                    .version();
        }
    }

    private static String name(Path p) {
        return p.getFileName() == null ? p.toString() : p.getFileName().toString();
    }

    private static void deleteQuietly(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    LOG.warn("Could not delete {}", p, e);
                }
            });
        } catch (IOException e) {
            LOG.warn("Could not clean {}", dir, e);
        }
    }
}
