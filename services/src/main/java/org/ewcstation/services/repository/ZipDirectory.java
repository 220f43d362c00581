package org.ewcstation.services.repository;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * How many entries a zip declares, read from its end record before the archive is opened: opening it reads the whole
 * central directory into memory (a million-entry zip took a 512 MiB heap down), so the count is judged first. Read
 * as APPNOTE 4.3.16 and 4.3.14 lay it out: the end of central directory record within the last 64 KiB + 22 bytes,
 * and for zip64 the locator just before it pointing at the zip64 end record.
 */
final class ZipDirectory {

    private static final int EOCD = 0x06054b50;
    private static final int ZIP64_LOCATOR = 0x07064b50;
    private static final int ZIP64_EOCD = 0x06064b50;
    private static final int EOCD_SIZE = 22;
    private static final int MAX_COMMENT = 0xffff;

    private ZipDirectory() {}

    /** The declared entry count, or -1 when no end record is found (the zip library then says what is wrong). */
    static long entryCount(Path zip) throws IOException {
        try (FileChannel ch = FileChannel.open(zip, StandardOpenOption.READ)) {
            long size = ch.size();
            int tail = (int) Math.min(size, EOCD_SIZE + MAX_COMMENT);
            ByteBuffer buf = read(ch, size - tail, tail);
            for (int i = tail - EOCD_SIZE; i >= 0; i--) {
                if (buf.getInt(i) != EOCD) {
                    continue;
                }
                long count = Short.toUnsignedInt(buf.getShort(i + 10));
                long eocdAt = size - tail + i;
                if (count == 0xffff && eocdAt >= 20) {
                    return Math.max(count, zip64Count(ch, eocdAt));
                }
                return count;
            }
            return -1;
        }
    }

    private static long zip64Count(FileChannel ch, long eocdAt) throws IOException {
        ByteBuffer locator = read(ch, eocdAt - 20, 20);
        if (locator.getInt(0) != ZIP64_LOCATOR) {
            return -1;
        }
        long recordAt = locator.getLong(8);
        if (recordAt < 0 || recordAt + 56 > ch.size()) {
            return Long.MAX_VALUE; // a locator pointing nowhere: as hostile as a huge count
        }
        ByteBuffer record = read(ch, recordAt, 56);
        return record.getInt(0) == ZIP64_EOCD ? record.getLong(32) : -1;
    }

    private static ByteBuffer read(FileChannel ch, long at, int length) throws IOException {
        ByteBuffer buf = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
        while (buf.hasRemaining()) {
            if (ch.read(buf, at + buf.position()) < 0) {
                break;
            }
        }
        return buf.flip().limit(length);
    }
}
