package org.ewcstation.services.repository;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.zip.Zip64Mode;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipMethod;

/**
 * Zip bombs and hostile tars made in the test, never committed. A run of zeros is deflated once in 1 MiB
 * segments closed by a full flush (no back-reference crosses one), so the same segment repeated makes a
 * valid stream of any length at deflate's maximum ratio (about 1030:1) in milliseconds: 1 GiB from 1 MB.
 */
final class ArchiveBombs {

    private static final int SEGMENT = 1 << 20;
    private static final byte[] ZEROS = new byte[SEGMENT];

    private ArchiveBombs() {}

    /** A zip with a version.info and {@code name} expanding to {@code size} zero bytes; headers claim {@code claimed}. */
    static Path zipBomb(Path file, String name, long size, long claimed) throws IOException {
        byte[] raw = deflatedZeros(size);
        ZipArchiveEntry e = new ZipArchiveEntry(name);
        e.setMethod(ZipMethod.DEFLATED.getCode());
        e.setCrc(crcOfZeros(size));
        e.setCompressedSize(raw.length);
        e.setSize(claimed);
        try (ZipArchiveOutputStream out = new ZipArchiveOutputStream(file)) {
            out.setUseZip64(Zip64Mode.Never);
            ZipArchiveEntry v = new ZipArchiveEntry("version.info");
            out.putArchiveEntry(v);
            out.write("17.9.4.27\n".getBytes(StandardCharsets.US_ASCII));
            out.closeArchiveEntry();
            out.addRawArchiveEntry(e, new ByteArrayInputStream(raw));
        }
        return file;
    }

    /** A tar.gz whose image entry is {@code size} zero bytes: tiny on disk, all of it in the gzip layer. */
    static Path tarGzBomb(Path file, String name, long size) throws IOException {
        byte[] version = "17.9.4.27\n".getBytes(StandardCharsets.US_ASCII);
        TarArchiveEntry v = new TarArchiveEntry("version.info");
        v.setSize(version.length);
        TarArchiveEntry e = new TarArchiveEntry(name);
        e.setSize(size);
        byte[] head = new byte[3 * 512];
        byte[] block = new byte[512];
        v.writeEntryHeader(block);
        System.arraycopy(block, 0, head, 0, 512);
        System.arraycopy(version, 0, head, 512, version.length);
        e.writeEntryHeader(block);
        System.arraycopy(block, 0, head, 1024, 512);
        long padded = (size + 511) / 512 * 512;
        writeGzip(file, head, padded + 1024); // the entry's zeros, then the two zero blocks that end a tar
        return file;
    }

    /** Raw deflate data that inflates to {@code size} zero bytes. */
    static byte[] deflatedZeros(long size) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] segment = flushed(ZEROS, SEGMENT);
        long left = size;
        while (left >= SEGMENT) {
            out.writeBytes(segment);
            left -= SEGMENT;
        }
        Deflater d = new Deflater(Deflater.BEST_COMPRESSION, true);
        d.setInput(ZEROS, 0, (int) left);
        d.finish();
        byte[] buf = new byte[SEGMENT];
        while (!d.finished()) {
            out.write(buf, 0, d.deflate(buf));
        }
        d.end();
        return out.toByteArray();
    }

    private static byte[] flushed(byte[] data, int length) {
        Deflater d = new Deflater(Deflater.BEST_COMPRESSION, true);
        d.setInput(data, 0, length);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[SEGMENT];
        int n;
        do {
            n = d.deflate(buf, 0, buf.length, Deflater.FULL_FLUSH);
            out.write(buf, 0, n);
        } while (n == buf.length || !d.needsInput());
        d.end();
        return out.toByteArray();
    }

    private static long crcOfZeros(long size) {
        CRC32 crc = new CRC32();
        for (long left = size; left > 0; left -= SEGMENT) {
            crc.update(ZEROS, 0, (int) Math.min(SEGMENT, left));
        }
        return crc.getValue();
    }

    /** gzip of {@code head} followed by {@code zeros} zero bytes, built from full-flush segments. */
    private static void writeGzip(Path file, byte[] head, long zeros) throws IOException {
        CRC32 crc = new CRC32();
        crc.update(head);
        for (long left = zeros; left > 0; left -= SEGMENT) {
            crc.update(ZEROS, 0, (int) Math.min(SEGMENT, left));
        }
        long total = head.length + zeros;
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(new byte[] {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, (byte) 0xff});
            out.write(flushed(head, head.length));
            out.write(deflatedZeros(zeros));
            int c = (int) crc.getValue();
            int n = (int) total;
            out.write(new byte[] {
                (byte) c, (byte) (c >> 8), (byte) (c >> 16), (byte) (c >> 24),
                (byte) n, (byte) (n >> 8), (byte) (n >> 16), (byte) (n >> 24)
            });
        }
    }
}
