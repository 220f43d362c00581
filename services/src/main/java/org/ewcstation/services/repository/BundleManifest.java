package org.ewcstation.services.repository;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a bundle folder holds: its versions (from {@code version.info} and {@code controller_version.info}),
 * every file with size, SHA-256 and the AP models it serves, and the problems found.
 */
public record BundleManifest(
        Path folder,
        Optional<String> version,
        Optional<String> controllerVersion,
        List<BundleFile> files,
        List<BundleIssue> issues) {

    public BundleManifest {
        files = List.copyOf(files);
        issues = List.copyOf(issues);
    }

    /** True when nothing blocks using this folder as an upgrade source. */
    public boolean usable() {
        return issues.stream().noneMatch(BundleIssue::blocking);
    }

    public boolean isBundle() {
        return issues.stream().noneMatch(i -> i.code() == BundleIssue.Code.NOT_A_BUNDLE);
    }

    /** The AP image types present with a non-empty file. */
    public Set<String> imageTypes() {
        Set<String> types = new TreeSet<>();
        files.stream().filter(f -> f.size() > 0).forEach(f -> f.imageType().ifPresent(types::add));
        return types;
    }

    public Optional<BundleFile> file(String name) {
        return files.stream().filter(f -> f.name().equals(name)).findFirst();
    }

    public long totalBytes() {
        return files.stream().mapToLong(BundleFile::size).sum();
    }
}
