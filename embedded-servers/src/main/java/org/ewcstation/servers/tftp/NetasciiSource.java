package org.ewcstation.servers.tftp;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Netascii (RFC 764 via RFC 1350): LF becomes CR LF and a bare CR becomes CR NUL, as tftpd-hpa does,
 * so a client that converts back restores the file byte for byte. The conversion is a stream, so the
 * blocks of the current window are kept in a small ring for retransmission.
 */
final class NetasciiSource implements BlockSource {

    private static final int NONE = -1;

    private final InputStream in;
    private final byte[][] ring;
    private final int[] lengths;
    private long produced;
    private int pending = NONE;

    NetasciiSource(Path file, int blockSize, int window) throws IOException {
        this.in = new BufferedInputStream(Files.newInputStream(file), 64 * 1024);
        this.ring = new byte[window + 1][blockSize];
        this.lengths = new int[window + 1];
    }

    @Override
    public int read(long index, ByteBuffer dst) throws IOException {
        while (produced < index) {
            produced++;
            int slot = (int) (produced % ring.length);
            lengths[slot] = fill(ring[slot]);
        }
        if (index <= produced - ring.length) {
            throw new IllegalStateException("block " + index + " left the window");
        }
        int slot = (int) (index % ring.length);
        dst.put(ring[slot], 0, lengths[slot]);
        return lengths[slot];
    }

    private int fill(byte[] out) throws IOException {
        int n = 0;
        if (pending != NONE) {
            out[n++] = (byte) pending;
            pending = NONE;
        }
        while (n < out.length) {
            int c = in.read();
            if (c < 0) {
                break;
            }
            if (c == '\n' || c == '\r') {
                out[n++] = '\r';
                int second = c == '\n' ? '\n' : 0;
                if (n < out.length) {
                    out[n++] = (byte) second;
                } else {
                    pending = second;
                }
            } else {
                out[n++] = (byte) c;
            }
        }
        return n;
    }

    @Override
    public long size() {
        return -1;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
