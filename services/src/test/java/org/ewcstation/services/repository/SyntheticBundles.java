package org.ewcstation.services.repository;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;

/**
 * Small bundles shaped like the seed's (same file names, tiny contents): the real ones are hundreds of MB
 * and not ours to ship.
 */
public final class SyntheticBundles {

    private SyntheticBundles() {}

    /** The seed's file list with distinct small contents. */
    public static Map<String, byte[]> seedFiles(String version) {
        Map<String, byte[]> m = new LinkedHashMap<>();
        for (String t : new String[] {"ap1g4", "ap1g5", "ap1g6", "ap1g6a", "ap1g7", "ap1g8", "ap3g3"}) {
            m.put(t, ("image " + t + " ").repeat(200).getBytes(StandardCharsets.US_ASCII));
        }
        m.put("C9800-AP-iosxe-wlc.bin", "controller image ".repeat(500).getBytes(StandardCharsets.US_ASCII));
        m.put("controller_version.info", (version + "\n").getBytes(StandardCharsets.US_ASCII));
        m.put("version.info", (version + "\n").getBytes(StandardCharsets.US_ASCII));
        m.put("readme.txt", "Cisco AP bundle\n".getBytes(StandardCharsets.US_ASCII));
        return m;
    }

    public static Path folder(Path dir, Map<String, byte[]> files) throws IOException {
        Files.createDirectories(dir);
        for (var e : files.entrySet()) {
            Path p = dir.resolve(e.getKey());
            Files.createDirectories(p.getParent());
            Files.write(p, e.getValue());
        }
        return dir;
    }

    /** A zip whose entries are {@code prefix + name}; names are written as given, hostile ones included. */
    public static Path zip(Path file, String prefix, Map<String, byte[]> files) throws IOException {
        try (ZipArchiveOutputStream out = new ZipArchiveOutputStream(file)) {
            for (var e : files.entrySet()) {
                out.putArchiveEntry(new ZipArchiveEntry(prefix + e.getKey()));
                out.write(e.getValue());
                out.closeArchiveEntry();
            }
        }
        return file;
    }

    public static Path zipWithSymlink(Path file, String link, String target) throws IOException {
        try (ZipArchiveOutputStream out = new ZipArchiveOutputStream(file)) {
            ZipArchiveEntry v = new ZipArchiveEntry("version.info");
            out.putArchiveEntry(v);
            out.write("17.9.4.27\n".getBytes(StandardCharsets.US_ASCII));
            out.closeArchiveEntry();
            ZipArchiveEntry e = new ZipArchiveEntry(link);
            e.setUnixMode(0120777);
            out.putArchiveEntry(e);
            out.write(target.getBytes(StandardCharsets.UTF_8));
            out.closeArchiveEntry();
        }
        return file;
    }

    /** A tar (gzipped when {@code gzip}); absolute names are kept as written so hostile archives can be built. */
    public static Path tar(Path file, String prefix, Map<String, byte[]> files, boolean gzip) throws IOException {
        try (OutputStream raw = Files.newOutputStream(file);
                OutputStream os = gzip ? new GZIPOutputStream(raw) : raw;
                TarArchiveOutputStream out = new TarArchiveOutputStream(os)) {
            for (var e : files.entrySet()) {
                TarArchiveEntry t = new TarArchiveEntry(prefix + e.getKey(), true);
                t.setSize(e.getValue().length);
                out.putArchiveEntry(t);
                out.write(e.getValue());
                out.closeArchiveEntry();
            }
        }
        return file;
    }

    public static Path tarWithSymlink(Path file, String link, String target) throws IOException {
        try (TarArchiveOutputStream out = new TarArchiveOutputStream(Files.newOutputStream(file))) {
            TarArchiveEntry t = new TarArchiveEntry(link, TarArchiveEntry.LF_SYMLINK);
            t.setLinkName(target);
            out.putArchiveEntry(t);
            out.closeArchiveEntry();
        }
        return file;
    }
}
