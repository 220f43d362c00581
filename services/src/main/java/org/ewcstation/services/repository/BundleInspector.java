package org.ewcstation.services.repository;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.ewcstation.services.repository.BundleFile.Kind;
import org.ewcstation.services.repository.BundleIssue.Code;

/** Reads a bundle folder: versions, each file's size, SHA-256 and served models, and what is missing or odd. */
public final class BundleInspector {

    public static final String VERSION_INFO = "version.info";
    public static final String CONTROLLER_VERSION_INFO = "controller_version.info";
    public static final String CONTROLLER_IMAGE = "C9800-AP-iosxe-wlc.bin";

    private static final Pattern README = Pattern.compile("(?i)readme.*");

    private final ApImageCatalog catalog;

    public BundleInspector(ApImageCatalog catalog) {
        this.catalog = catalog;
    }

    public BundleManifest inspect(Path folder) throws IOException {
        return inspect(folder, new ImportProgress());
    }

    /** Inspects {@code folder}, counting hashed bytes into {@code progress}. */
    public BundleManifest inspect(Path folder, ImportProgress progress) throws IOException {
        List<Path> children;
        try (Stream<Path> s = Files.list(folder)) {
            children = s.sorted().toList();
        }
        long total = 0;
        for (Path p : children) {
            total += Files.isRegularFile(p) ? Files.size(p) : 0;
        }
        progress.phase(ImportProgress.Phase.VERIFYING, total);
        List<BundleFile> files = new ArrayList<>();
        List<BundleIssue> issues = new ArrayList<>();
        for (Path p : children) {
            String name = p.getFileName().toString();
            if (!Files.isRegularFile(p)) {
                issues.add(new BundleIssue(Code.UNKNOWN_FILE, name));
                continue;
            }
            progress.file(name);
            Kind kind = kindOf(name);
            Optional<String> type = kind == Kind.AP_IMAGE ? Optional.of(name) : Optional.empty();
            long size = Files.size(p);
            files.add(new BundleFile(
                    name,
                    kind,
                    size,
                    sha256(p, progress),
                    type,
                    type.map(catalog::familiesOf).orElse(List.of())));
            if (size == 0) {
                issues.add(new BundleIssue(Code.EMPTY_FILE, name));
            }
            if (kind == Kind.UNKNOWN) {
                issues.add(new BundleIssue(Code.UNKNOWN_FILE, name));
            } else if (kind == Kind.AP_IMAGE_UNKNOWN_TYPE) {
                issues.add(new BundleIssue(Code.UNKNOWN_AP_IMAGE_TYPE, name));
            }
        }
        Optional<String> version = readVersion(folder.resolve(VERSION_INFO));
        Optional<String> controllerVersion = readVersion(folder.resolve(CONTROLLER_VERSION_INFO));
        boolean anyApImage =
                files.stream().anyMatch(f -> f.kind() == Kind.AP_IMAGE || f.kind() == Kind.AP_IMAGE_UNKNOWN_TYPE);
        boolean hasVersionInfo = Files.isRegularFile(folder.resolve(VERSION_INFO));
        if (!anyApImage && !hasVersionInfo) {
            issues.addFirst(new BundleIssue(
                    Code.NOT_A_BUNDLE,
                    folder.getFileName() == null ? "" : folder.getFileName().toString()));
        } else {
            checkCompleteness(folder, files, issues, version, controllerVersion, hasVersionInfo);
        }
        return new BundleManifest(folder, version, controllerVersion, files, issues);
    }

    private void checkCompleteness(
            Path folder,
            List<BundleFile> files,
            List<BundleIssue> issues,
            Optional<String> version,
            Optional<String> controllerVersion,
            boolean hasVersionInfo) {
        if (!hasVersionInfo) {
            issues.add(new BundleIssue(Code.MISSING_VERSION_INFO, VERSION_INFO));
        } else if (version.isEmpty()) {
            issues.add(new BundleIssue(Code.UNREADABLE_VERSION, VERSION_INFO));
        }
        if (!Files.isRegularFile(folder.resolve(CONTROLLER_VERSION_INFO))) {
            issues.add(new BundleIssue(Code.MISSING_CONTROLLER_VERSION_INFO, CONTROLLER_VERSION_INFO));
        }
        if (files.stream().noneMatch(f -> f.kind() == Kind.CONTROLLER_IMAGE)) {
            issues.add(new BundleIssue(Code.MISSING_CONTROLLER_IMAGE, CONTROLLER_IMAGE));
        }
        for (String type : catalog.imageTypes()) {
            if (files.stream().noneMatch(f -> f.name().equals(type))) {
                issues.add(new BundleIssue(Code.MISSING_AP_IMAGE, type));
            }
        }
        if (version.isPresent()
                && controllerVersion.isPresent()
                && Versions.compare(version.get(), controllerVersion.get()) == Versions.Comparison.DIFFERENT) {
            issues.add(new BundleIssue(Code.CONTROLLER_VERSION_DIFFERS, CONTROLLER_VERSION_INFO));
        }
    }

    Kind kindOf(String name) {
        if (name.equals(VERSION_INFO)) {
            return Kind.VERSION_INFO;
        }
        if (name.equals(CONTROLLER_VERSION_INFO)) {
            return Kind.CONTROLLER_VERSION_INFO;
        }
        if (name.equals(CONTROLLER_IMAGE)) {
            return Kind.CONTROLLER_IMAGE;
        }
        if (README.matcher(name).matches()) {
            return Kind.README;
        }
        if (catalog.imageTypes().contains(name)) {
            return Kind.AP_IMAGE;
        }
        return ApImageName.matches(name) ? Kind.AP_IMAGE_UNKNOWN_TYPE : Kind.UNKNOWN;
    }

    private static Optional<String> readVersion(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        // version files are tiny; cap the read so a hostile 1 GB "version.info" cannot exhaust memory
        try (InputStream in = Files.newInputStream(file)) {
            return BundleVersionInfo.parse(new String(in.readNBytes(64 * 1024), StandardCharsets.UTF_8))
                    .version();
        }
    }

    static String sha256(Path file, ImportProgress progress) throws IOException {
        MessageDigest md;
        try {
            md = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        byte[] buf = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n = in.read(buf); n >= 0; n = in.read(buf)) {
                md.update(buf, 0, n);
                progress.add(n);
            }
        }
        return HexFormat.of().formatHex(md.digest());
    }
}
