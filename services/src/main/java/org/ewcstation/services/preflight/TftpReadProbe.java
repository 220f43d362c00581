package org.ewcstation.services.preflight;

import java.io.IOException;
import java.net.InetAddress;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import org.apache.commons.net.tftp.TFTP;
import org.apache.commons.net.tftp.TFTPAckPacket;
import org.apache.commons.net.tftp.TFTPDataPacket;
import org.apache.commons.net.tftp.TFTPErrorPacket;
import org.apache.commons.net.tftp.TFTPPacket;
import org.apache.commons.net.tftp.TFTPPacketException;
import org.apache.commons.net.tftp.TFTPReadRequestPacket;

/**
 * Reads the first few blocks of a file from someone else's TFTP server, as the controller's first request would,
 * then stops with an error packet (the RFC 1350 way to abandon a transfer) instead of fetching a whole image.
 */
public final class TftpReadProbe {

    /** 8 blocks of 512 bytes: enough to prove the file is there and readable. */
    static final int BLOCKS = 8;

    private final Duration timeout;

    public TftpReadProbe(Duration timeout) {
        this.timeout = timeout;
    }

    public ExistingServerCheck read(String host, int port, String file) {
        InetAddress address;
        try {
            address = InetAddress.getByName(host);
        } catch (UnknownHostException e) {
            return ExistingServerCheck.failed(ExistingServerCheck.UNKNOWN_HOST, file);
        }
        TFTP tftp = new TFTP();
        tftp.setDefaultTimeout(timeout);
        try {
            tftp.open();
            tftp.send(new TFTPReadRequestPacket(address, port, file, TFTP.BINARY_MODE));
            return receive(tftp, file);
        } catch (SocketTimeoutException e) {
            return ExistingServerCheck.failed(ExistingServerCheck.TIMEOUT, file);
        } catch (IOException | TFTPPacketException e) {
            return ExistingServerCheck.failed(ExistingServerCheck.ERROR, file);
        } finally {
            tftp.close();
        }
    }

    private static ExistingServerCheck receive(TFTP tftp, String file) throws IOException, TFTPPacketException {
        long bytes = 0;
        int expected = 1;
        while (true) {
            TFTPPacket p = tftp.receive();
            if (p instanceof TFTPErrorPacket err) {
                String code = switch (err.getError()) {
                    case TFTPErrorPacket.FILE_NOT_FOUND -> ExistingServerCheck.NOT_FOUND;
                    case TFTPErrorPacket.ACCESS_VIOLATION -> ExistingServerCheck.DENIED;
                    default -> ExistingServerCheck.ERROR;
                };
                return ExistingServerCheck.failed(code, file);
            }
            if (!(p instanceof TFTPDataPacket data) || data.getBlockNumber() != expected) {
                continue; // a duplicate or a stray packet: wait for the block we asked for
            }
            bytes += data.getDataLength();
            boolean last = data.getDataLength() < TFTPDataPacket.MAX_DATA_LENGTH;
            if (last) {
                tftp.send(new TFTPAckPacket(data.getAddress(), data.getPort(), expected));
                return new ExistingServerCheck(true, "", file, bytes);
            }
            if (expected >= BLOCKS) {
                tftp.send(new TFTPErrorPacket(
                        data.getAddress(), data.getPort(), TFTPErrorPacket.UNDEFINED, "preflight read, stopping"));
                return new ExistingServerCheck(true, "", file, bytes);
            }
            tftp.send(new TFTPAckPacket(data.getAddress(), data.getPort(), expected));
            expected++;
        }
    }
}
