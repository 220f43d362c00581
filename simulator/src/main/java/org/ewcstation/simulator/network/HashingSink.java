package org.ewcstation.simulator.network;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Writes an image to disk while computing its SHA-256 and size. With {@code corrupt}, byte 100 is flipped
 * on its way to disk (and into the hash), as a damaged transfer would.
 */
final class HashingSink extends FilterOutputStream {

    private static final long CORRUPT_AT = 100;

    private final MessageDigest digest;
    private final boolean corrupt;
    private long count;

    HashingSink(OutputStream out, boolean corrupt) {
        super(out);
        this.corrupt = corrupt;
        try {
            this.digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        if (corrupt && count <= CORRUPT_AT && count + len > CORRUPT_AT) {
            b = b.clone();
            b[off + (int) (CORRUPT_AT - count)] ^= 0x5a;
        }
        digest.update(b, off, len);
        count += len;
        out.write(b, off, len);
    }

    long count() {
        return count;
    }

    String sha256() {
        return HexFormat.of().formatHex(digest.digest());
    }
}
