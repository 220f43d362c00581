package org.ewcstation.simulator.network;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.net.tftp.TFTP;
import org.apache.commons.net.tftp.TFTPClient;

/**
 * The controller's TFTP client. Without a block size it sends a plain RFC 1350 request through Commons
 * Net's {@link TFTPClient} (which rolls the block number over past 65535); with one, it asks for
 * {@code blksize} through {@link OptionTftpReceiver}, since TFTPClient cannot send options. It always sends
 * from the controller's own address, as the seed's capture shows.
 */
public final class TftpImageFetcher implements ImageFetcher {

    private static final Pattern ERROR_CODE = Pattern.compile("Error code (\\d+) received: (.*)");

    private final InetAddress bind;
    private final InetSocketAddress target;
    private final Duration timeout;
    private final int retries;
    private final int blockSize;
    private final boolean corrupt;

    /** {@code target}: where the request goes (the profile's server at the TFTP port, or a fault's black hole). */
    public TftpImageFetcher(
            InetAddress bind, InetSocketAddress target, Duration timeout, int retries, int blockSize, boolean corrupt) {
        this.bind = bind;
        this.target = target;
        this.timeout = timeout;
        this.retries = retries;
        this.blockSize = blockSize;
        this.corrupt = corrupt;
    }

    @Override
    public FetchedImage fetch(String remotePath, Path file) throws FetchException {
        InetAddress host = target.getAddress();
        if (host == null) {
            throw new FetchException("Unknown host " + target.getHostString(), null);
        }
        int port = target.getPort();
        try (OutputStream fileOut = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
                HashingSink sink = new HashingSink(fileOut, corrupt)) {
            if (blockSize > 0) {
                new OptionTftpReceiver(bind, new InetSocketAddress(host, port), timeout, retries, blockSize)
                        .receive(remotePath, sink);
            } else {
                TFTPClient client = new TFTPClient();
                client.setDefaultTimeout(timeout);
                client.setMaxTimeouts(Math.max(1, retries));
                client.open(0, bind);
                try {
                    client.receiveFile(remotePath, TFTP.BINARY_MODE, sink, host, port);
                } finally {
                    client.close();
                }
            }
            sink.flush();
            return new FetchedImage(file, sink.count(), sink.sha256());
        } catch (FetchException e) {
            throw e;
        } catch (IOException e) {
            throw new FetchException(reason(e.getMessage()), e);
        }
    }

    /** Maps Commons Net's messages to the words the EWC prints. */
    static String reason(String message) {
        if (message == null) {
            return "I/O error";
        }
        Matcher m = ERROR_CODE.matcher(message);
        if (m.find()) {
            return errorReason(Integer.parseInt(m.group(1)), m.group(2));
        }
        if (message.toLowerCase(Locale.ROOT).contains("timed out")) {
            return FetchException.TIMED_OUT;
        }
        return message;
    }

    static String errorReason(int code, String text) {
        return switch (code) {
            case 1 -> FetchException.NOT_FOUND;
            case 2 -> "Permission denied";
            default -> text;
        };
    }

    static String stripSlash(String p) {
        return p.startsWith("/") ? p.substring(1) : p;
    }
}
