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
import java.util.function.LongSupplier;
import org.apache.commons.compress.archivers.ArchiveException;
import org.apache.commons.compress.archivers.ArchiveStreamFactory;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarConstants;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.compressors.CompressorException;
import org.apache.commons.compress.compressors.CompressorStreamFactory;
import org.apache.commons.compress.utils.InputStreamStatistics;
import org.ewcstation.services.repository.ImportException.Reason;

/**
 * Copies a bundle as downloaded (zip, tar, tar.gz or a folder) into a staging folder. Every entry is checked
 * before a byte is written: no absolute paths, no {@code ..}, no links (a link is the classic way to write
 * outside the folder later), no devices, pipes or sockets, no declared size beyond the import's cap. While
 * writing, {@link ExpansionGuard} stops an entry that outgrows what it declared, the cap, the free disk or the
 * expansion bound (a "zip bomb").
 */
final class BundleExtractor {

    /** The file-type bits of a Unix mode, and the types a bundle never holds. */
    private static final int TYPE_MASK = 0170000;

    private static final int[] SPECIAL_TYPES = {0020000, 0060000, 0010000, 0140000}; // char, block, fifo, socket

    private final ImportProgress progress;
    private final ExpansionGuard guard;

    /** {@code budget}: bytes the disk can still take (a zip entry can lie about its size, the disk cannot). */
    BundleExtractor(ImportProgress progress, long budget, ImportLimits limits) {
        this.progress = progress;
        this.guard = new ExpansionGuard(limits, budget);
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
        if (isZip(source) && ZipDirectory.entryCount(source) <= ImportLimits.MAX_ENTRIES) {
            // an over-full zip is not opened here either: the import refuses it with its own code
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
        long declared = ZipDirectory.entryCount(source); // before ZipFile reads the whole directory into memory
        if (declared > ImportLimits.MAX_ENTRIES) {
            throw new ImportException(
                    Reason.TOO_MANY_ENTRIES, source.getFileName().toString(), declared, ImportLimits.MAX_ENTRIES);
        }
        progress.phase(ImportProgress.Phase.EXTRACTING, estimatedSize(source));
        try (ZipFile zip = ZipFile.builder().setPath(source).get()) {
            List<ZipArchiveEntry> entries = Collections.list(zip.getEntriesInPhysicalOrder());
            for (ZipArchiveEntry e : entries) {
                EntryPaths.resolve(staging, e.getName()); // judge every name and size before writing anything
                if (e.isUnixSymlink()) {
                    throw new ImportException(Reason.LINK_ENTRY, e.getName());
                }
                if (isSpecial(e.getUnixMode())) {
                    throw new ImportException(Reason.SPECIAL_ENTRY, e.getName());
                }
                if (!e.isDirectory() && !zip.canReadEntryData(e)) {
                    throw new ImportException(Reason.UNREADABLE_ENTRY, e.getName());
                }
                if (!e.isDirectory()) {
                    guard.declare(e.getName(), e.getSize());
                }
            }
            for (ZipArchiveEntry e : entries) {
                Path target = EntryPaths.resolve(staging, e.getName());
                if (e.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    try (InputStream in = zip.getInputStream(e)) {
                        // the entry's own compressed bytes: the ratio is judged per entry
                        guard.begin(e.getName(), e.getSize(), compressedCount(in), false);
                        write(e.getName(), in, staging, target, true);
                    }
                }
            }
        }
    }

    private void untar(Path source, Path staging) throws ImportException, IOException {
        progress.phase(ImportProgress.Phase.EXTRACTING, Files.size(source));
        // progress counts the archive bytes read, so a compressed tar still shows a true fraction
        CountingStream raw = new CountingStream(Files.newInputStream(source), progress);
        try (raw;
                InputStream buffered = new BufferedInputStream(raw, 1 << 16);
                InputStream plain = decompress(buffered);
                InputStream decompressed = new BufferedInputStream(plain, 1 << 16)) {
            if (!ArchiveStreamFactory.TAR.equals(detect(decompressed))) {
                throw new ImportException(
                        Reason.UNSUPPORTED_FORMAT, source.getFileName().toString());
            }
            // a compressed tar has no per-entry ratio: the whole archive's is judged
            LongSupplier compressed = plain == buffered ? null : raw::count;
            TarArchiveInputStream tar = new TarArchiveInputStream(decompressed);
            int count = 0;
            for (TarArchiveEntry e = tar.getNextEntry(); e != null; e = tar.getNextEntry()) {
                if (++count > ImportLimits.MAX_ENTRIES) {
                    throw new ImportException(
                            Reason.TOO_MANY_ENTRIES, source.getFileName().toString(), count, ImportLimits.MAX_ENTRIES);
                }
                Path target = EntryPaths.resolve(staging, e.getName());
                if (e.isSymbolicLink() || e.isLink()) {
                    throw new ImportException(Reason.LINK_ENTRY, e.getName());
                }
                // before isFile(), which also answers true for devices and pipes
                if (e.isCharacterDevice() || e.isBlockDevice() || e.isFIFO() || isSpecial(e.getMode())) {
                    throw new ImportException(Reason.SPECIAL_ENTRY, e.getName());
                }
                if (e.isDirectory()) {
                    Files.createDirectories(target);
                } else if (isPlainFile(e)) {
                    guard.declare(e.getName(), e.getSize());
                    guard.begin(e.getName(), e.getSize(), compressed, true);
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
                String name = source.relativize(p).toString();
                if (Files.isSymbolicLink(p)) {
                    throw new ImportException(Reason.LINK_ENTRY, name);
                }
                if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                    guard.declare(name, Files.size(p));
                    files.add(p);
                } else if (!Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                    throw new ImportException(Reason.SPECIAL_ENTRY, name);
                }
            }
        }
        for (Path p : files) {
            String name = source.relativize(p).toString();
            try (InputStream in = Files.newInputStream(p)) {
                guard.begin(name, Files.size(p), null, false);
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
                guard.add(n);
                out.write(buf, 0, n);
                if (countWritten) {
                    progress.add(n);
                }
            }
        }
        guard.end();
    }

    private static boolean isSpecial(int mode) {
        int type = mode & TYPE_MASK;
        for (int special : SPECIAL_TYPES) {
            if (type == special) {
                return true;
            }
        }
        return false;
    }

    /** A regular file: a normal, old-style or contiguous tar entry; the exotic types are refused. */
    private static boolean isPlainFile(TarArchiveEntry e) {
        byte flag = e.getLinkFlag();
        return (flag == TarConstants.LF_NORMAL || flag == TarConstants.LF_OLDNORM || flag == TarConstants.LF_CONTIG)
                && e.isFile();
    }

    /** The compressed bytes a zip entry's stream has consumed, when Commons Compress counts them. */
    private static LongSupplier compressedCount(InputStream in) {
        return in instanceof InputStreamStatistics stats ? stats::getCompressedCount : null;
    }

    /** Counts the bytes read from the archive file into the progress. */
    private static final class CountingStream extends FilterInputStream {
        private final ImportProgress progress;
        private long count;

        CountingStream(InputStream in, ImportProgress progress) {
            super(in);
            this.progress = progress;
        }

        long count() {
            return count;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
                progress.add(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
                progress.add(n);
            }
            return n;
        }
    }
}
