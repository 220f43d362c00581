package org.ewcstation.servers.tftp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NetasciiSourceTest {

    @TempDir
    Path dir;

    static byte[] block(BlockSource s, long index, int size) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(size);
        int n = s.read(index, b);
        byte[] out = new byte[n];
        b.flip().get(out);
        return out;
    }

    @Test
    void convertsLineEndsAcrossBlockBoundariesAndRepeatsWindowBlocks() throws IOException {
        Path f = dir.resolve("t.txt");
        Files.writeString(f, "ab\ncd\re\n\n");
        // expected on the wire: a b CR LF c d CR NUL e CR LF CR LF = 14 bytes
        byte[] expected = "ab\r\ncd\r\0e\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
        try (NetasciiSource s = new NetasciiSource(f, 3, 2)) {
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            for (long i = 1; ; i++) {
                byte[] b = block(s, i, 3);
                if (i == 2) {
                    assertThat(block(s, 1, 3))
                            .as("block 1 again, for a retransmission")
                            .isEqualTo(new byte[] {'a', 'b', '\r'});
                }
                all.writeBytes(b);
                if (b.length < 3) {
                    break;
                }
            }
            assertThat(all.toByteArray()).isEqualTo(expected);
        }
    }
}
