package org.ewcstation.services.ewc.capture;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/** A capture's zip: {@code manifest.json} and one UTF-8 text file per step. */
public record CaptureArchive(CaptureManifest manifest, Map<String, String> files) {

    public static final String MANIFEST = "manifest.json";
    private static final long MAX_ENTRY = 64L * 1024 * 1024;

    public CaptureArchive {
        files = Map.copyOf(files);
    }

    static ObjectMapper json() {
        return new ObjectMapper()
                .enable(SerializationFeature.INDENT_OUTPUT)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    /** The text the capture holds for {@code entry}, or null when none was written. */
    public String text(CaptureManifest.Entry entry) {
        return entry.file() == null ? null : files.get(entry.file());
    }

    /** Writes next to {@code zip} first and moves it into place, so a failed write never leaves half a file. */
    public void write(Path zip) throws IOException {
        Path dir = zip.toAbsolutePath().getParent();
        Path tmp = Files.createTempFile(dir, ".capture-", ".zip.part");
        try {
            try (OutputStream fo = Files.newOutputStream(tmp);
                    ZipOutputStream z = new ZipOutputStream(fo, StandardCharsets.UTF_8)) {
                put(z, MANIFEST, json().writeValueAsString(manifest));
                for (CaptureManifest.Entry e : manifest.entries()) {
                    String text = e.file() == null ? null : files.get(e.file());
                    if (text != null) {
                        put(z, e.file(), text);
                    }
                }
            }
            Files.move(tmp, zip, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static void put(ZipOutputStream z, String name, String text) throws IOException {
        z.putNextEntry(new ZipEntry(name));
        z.write(text.getBytes(StandardCharsets.UTF_8));
        z.closeEntry();
    }

    /** Reads a capture; an IOException says what is wrong (not a zip, no manifest, an entry too large). */
    public static CaptureArchive read(Path zip) throws IOException {
        Map<String, String> texts = new LinkedHashMap<>();
        String manifest = null;
        try (InputStream in = Files.newInputStream(zip);
                ZipInputStream z = new ZipInputStream(in, StandardCharsets.UTF_8)) {
            for (ZipEntry e; (e = z.getNextEntry()) != null; ) {
                byte[] b = z.readNBytes((int) MAX_ENTRY + 1);
                if (b.length > MAX_ENTRY) {
                    throw new IOException("entry too large: " + e.getName());
                }
                String text = new String(b, StandardCharsets.UTF_8);
                if (e.getName().equals(MANIFEST)) {
                    manifest = text;
                } else {
                    texts.put(e.getName(), text);
                }
            }
        }
        if (manifest == null) {
            throw new IOException("no " + MANIFEST + " in " + zip.getFileName());
        }
        return new CaptureArchive(json().readValue(manifest, CaptureManifest.class), texts);
    }

    /** Whether {@code file} starts like a zip archive. */
    public static boolean isZip(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(4);
            return head.length == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
        }
    }
}
