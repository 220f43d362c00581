package org.ewcstation.servers.tftp;

import java.io.IOException;
import java.nio.ByteBuffer;

/**
 * The bytes of one block, by block index (1-based, never wrapped), written into the transfer's one
 * reusable packet buffer. A block may be asked for again (retransmission, RFC 7440 window restart)
 * but never one older than the current window.
 */
interface BlockSource extends AutoCloseable {

    /** Fills {@code dst} from its position, at most {@code blockSize} bytes; returns how many. */
    int read(long index, ByteBuffer dst) throws IOException;

    /** The size on the wire, or -1 when it cannot be known before the end (netascii). */
    long size();

    @Override
    void close() throws IOException;
}
