package org.ewcstation.servers.tftp;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.commons.net.tftp.TFTPPacket;

/**
 * The RFC 2347 OACK packet, which Commons Net 3.12 defines only as an opcode: {@code | 6 | name | 0 |
 * value | 0 | ...}.
 */
final class OptionAck {

    private OptionAck() {}

    static byte[] encode(Map<String, String> options) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64);
        out.write(0);
        out.write(TFTPPacket.OACK);
        options.forEach((name, value) -> {
            out.writeBytes(name.getBytes(StandardCharsets.US_ASCII));
            out.write(0);
            out.writeBytes(value.getBytes(StandardCharsets.US_ASCII));
            out.write(0);
        });
        return out.toByteArray();
    }

    /** Reads an OACK back; throws {@link IllegalArgumentException} on anything else. */
    static Map<String, String> decode(byte[] data, int length) {
        if (length < 2 || data[0] != 0 || data[1] != TFTPPacket.OACK) {
            throw new IllegalArgumentException("not an OACK");
        }
        Map<String, String> options = new LinkedHashMap<>();
        int i = 2;
        while (i < length) {
            int nameEnd = indexOfZero(data, i, length);
            int valueEnd = indexOfZero(data, nameEnd + 1, length);
            options.put(
                    new String(data, i, nameEnd - i, StandardCharsets.US_ASCII),
                    new String(data, nameEnd + 1, valueEnd - nameEnd - 1, StandardCharsets.US_ASCII));
            i = valueEnd + 1;
        }
        return options;
    }

    private static int indexOfZero(byte[] data, int from, int length) {
        for (int i = from; i < length; i++) {
            if (data[i] == 0) {
                return i;
            }
        }
        throw new IllegalArgumentException("option not terminated");
    }
}
