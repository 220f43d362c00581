package org.ewcstation.services.repository;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.commons.compress.archivers.ArchiveException;
import org.apache.commons.compress.archivers.ArchiveStreamFactory;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.compressors.CompressorException;
import org.apache.commons.compress.compressors.CompressorStreamFactory;
import org.ewcstation.services.repository.ImportException.Reason;

/**
 * Copies a bundle as downloaded (zip, tar, tar.gz or a folder) into a staging folder. Every entry is checked
 * before a byte is written: no absolute paths, no {@code ..}, no links (a link is the classic way to write
 * outside the folder later), no devices.
 */
final class BundleExtractor {

    private final ImportProgress progress;
    /** Bytes we may still write: a zip entry can lie about its size (a "zip bomb"), the disk cannot. */
    private long budget;

    BundleExtractor(ImportProgress progress, long budget) {
        this.progress = progress;
        this.budget = budget;
    }

    /** The bytes the extracted files will take, or the source size when the archive cannot tell in advance. */
    static long estimatedSize(Path source) throws IOException {
        if (Files.isDirectory(source)) {
            long[] sum = {0};
            Files.walkFileTree(source, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    sum[0] += attrs.isRegularFile() ? attrs.size() : 0;
                    return FileVisitResult.CONTINUE;
                }
            });
            return sum[0];
        }
        if (isZip(source)) {
            try (ZipFile zip = ZipFile.builder().setPath(source).get()) {
                long sum = 0;
                for (ZipArchiveEntry e : Collections.list(zip.getEntries())) {
                    sum += Math.max(0, e.getSize());
                }
                return sum;
            }
        }
        return Files.size(source);
    }

    void extract(Path source, Path staging) throws ImportException, IOException {
        if (Files.isDirectory(source)) {
            copyFolder(source, staging);
        } else if (isZip(source)) {
            unzip(source, staging);
        } else {
            untar(source, staging);
        }
    }

    private static boolean isZip(Path source) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(source))) {
            return ArchiveStreamFactory.ZIP.equals(ArchiveStreamFactory.detect(in));
        } catch (ArchiveException e) {
            return false;
        }
    }

    private void unzip(Path source, Path staging) throws ImportException, IOException {
        progress.phase(ImportProgress.Phase.EXTRACTING, estimatedSize(source));
        try (ZipFile zip = ZipFile.builder().setPath(source).get()) {
            List<ZipArchiveEntry> entries = Collections.list(zip.getEntriesInPhysicalOrder());
            for (ZipArchiveEntry e : entries) {
                EntryPaths.resolve(staging, e.getName()); // judge every name before writing anything
                if (e.isUnixSymlink()) {
                    throw new ImportException(Reason.LINK_ENTRY, e.getName());
                }
                if (!e.isDirectory() && !zip.canReadEntryData(e)) {
                    throw new ImportException(Reason.UNREADABLE_ENTRY, e.getName());
                }
            }
            for (ZipArchiveEntry e : entries) {
                Path target = EntryPaths.resolve(staging, e.getName());
                if (e.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    try (InputStream in = zip.getInputStream(e)) {
                        write(e.getName(), in, staging, target, true);
                    }
                }
            }
        }
    }

    private void untar(Path source, Path staging) throws ImportException, IOException {
        progress.phase(ImportProgress.Phase.EXTRACTING, Files.size(source));
        // progress counts the archive bytes read, so a compressed tar still shows a true fraction
        try (InputStream raw = new CountingStream(Files.newInputStream(source), progress);
                InputStream decompressed =
                        new BufferedInputStream(decompress(new BufferedInputStream(raw, 1 << 16)), 1 << 16)) {
            if (!ArchiveStreamFactory.TAR.equals(detect(decompressed))) {
                throw new ImportException(
                        Reason.UNSUPPORTED_FORMAT, source.getFileName().toString());
            }
            TarArchiveInputStream tar = new TarArchiveInputStream(decompressed);
            for (TarArchiveEntry e = tar.getNextEntry(); e != null; e = tar.getNextEntry()) {
                Path target = EntryPaths.resolve(staging, e.getName());
                if (e.isSymbolicLink() || e.isLink()) {
                    throw new ImportException(Reason.LINK_ENTRY, e.getName());
                }
                if (e.isDirectory()) {
                    Files.createDirectories(target);
                } else if (e.isFile()) {
                    write(e.getName(), tar, staging, target, false);
                } else {
                    throw new ImportException(Reason.UNREADABLE_ENTRY, e.getName());
                }
            }
        }
    }

    private static String detect(InputStream in) {
        try {
            return ArchiveStreamFactory.detect(in);
        } catch (ArchiveException e) {
            return "";
        }
    }

    private static InputStream decompress(InputStream in) throws IOException {
        try {
            String kind = CompressorStreamFactory.detect(in);
            return new CompressorStreamFactory().createCompressorInputStream(kind, in);
        } catch (CompressorException notCompressed) {
            return in;
        }
    }

    private void copyFolder(Path source, Path staging) throws ImportException, IOException {
        progress.phase(ImportProgress.Phase.EXTRACTING, estimatedSize(source));
        List<Path> files = new ArrayList<>();
        try (var walk = Files.walk(source)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                if (Files.isSymbolicLink(p)) {
                    throw new ImportException(
                            Reason.LINK_ENTRY, source.relativize(p).toString());
                }
                if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                    files.add(p);
                }
            }
        }
        for (Path p : files) {
            String name = source.relativize(p).toString();
            try (InputStream in = Files.newInputStream(p)) {
                write(name, in, staging, EntryPaths.resolve(staging, name), true);
            }
        }
    }

    private void write(String name, InputStream in, Path staging, Path target, boolean countWritten)
            throws ImportException, IOException {
        if (target.equals(staging.toAbsolutePath().normalize())) {
            throw new ImportException(Reason.HOSTILE_ENTRY, name);
        }
        progress.file(name);
        Files.createDirectories(target.getParent());
        byte[] buf = new byte[1 << 16];
        try (OutputStream out = Files.newOutputStream(target)) {
            for (int n = in.read(buf); n >= 0; n = in.read(buf)) {
                budget -= n;
                if (budget < 0) {
                    throw new ImportException(Reason.EXPANDS_TOO_MUCH, name);
                }
                out.write(buf, 0, n);
                if (countWritten) {
                    progress.add(n);
                }
            }
        }
    }

    /** Counts the bytes read from the archive file into the progress. */
    private static final class CountingStream extends FilterInputStream {
        private final ImportProgress progress;

        CountingStream(InputStream in, ImportProgress progress) {
            super(in);
            this.progress = progress;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                progress.add(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                progress.add(n);
            }
            return n;
        }
    }
}
