package org.ewcstation.servers.tftp;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Octet mode: positional reads straight into the packet buffer, so a retransmission is just another
 * read (from the page cache) and nothing of the file is held in memory.
 */
final class OctetSource implements BlockSource {

    private final FileChannel channel;
    private final int blockSize;
    private final long size;

    OctetSource(Path file, int blockSize) throws IOException {
        this.channel = FileChannel.open(file, StandardOpenOption.READ);
        this.blockSize = blockSize;
        this.size = channel.size();
    }

    @Override
    public int read(long index, ByteBuffer dst) throws IOException {
        long position = (index - 1) * blockSize;
        int start = dst.position();
        dst.limit(Math.min(dst.capacity(), start + blockSize));
        while (dst.hasRemaining()) {
            int n = channel.read(dst, position + dst.position() - start);
            if (n < 0) {
                break;
            }
        }
        return dst.position() - start;
    }

    @Override
    public long size() {
        return size;
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
