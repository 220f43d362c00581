package org.ewcstation.servers.tftp;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetSocketAddress;
import java.net.PortUnreachableException;
import java.net.StandardProtocolFamily;
import java.nio.channels.DatagramChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import org.apache.commons.net.tftp.TFTPErrorPacket;
import org.ewcstation.servers.event.Protocol;
import org.ewcstation.servers.event.TransferEvent;
import org.ewcstation.servers.event.TransferEvent.FailureReason;
import org.ewcstation.servers.event.TransferEvent.RefusalReason;
import org.ewcstation.servers.event.TransferRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Everything one request leads to, on its own thread: parse, check the path, negotiate, open
 * the transfer's socket and run it, then one Completed, Failed or Refused event. Refusals go out from
 * the request port, since no TID exists yet.
 */
final class RequestHandler implements Runnable {

    private static final Logger LOG = LoggerFactory.getLogger(RequestHandler.class);

    private final TransferContext ctx;
    private final InetSocketAddress peer;
    private final byte[] request;
    private final Runnable onDone;
    private volatile DatagramChannel channel;

    RequestHandler(TransferContext ctx, InetSocketAddress peer, byte[] request, Runnable onDone) {
        this.ctx = ctx;
        this.peer = peer;
        this.request = request;
        this.onDone = onDone;
    }

    @Override
    public void run() {
        String[] requested = {""};
        try {
            ReadRequest rrq = ReadRequest.parse(request, request.length, peer, requested);
            Path file = ctx.root().resolve(rrq.fileName());
            String name = RootFolder.relativeName(rrq.fileName());
            long size = rrq.netascii() ? -1 : Files.size(file);
            Negotiation negotiation =
                    Negotiation.of(rrq.options(), size, peer.getAddress() instanceof Inet6Address, ctx.settings());
            try (BlockSource source = open(file, rrq.netascii(), negotiation);
                    DatagramChannel ch = openChannel()) {
                serve(ch, source, name, size, negotiation);
            }
        } catch (Refusal r) {
            refuse(requested[0], r);
        } catch (IOException | RuntimeException e) {
            LOG.warn("TFTP request from {} for {} failed before the transfer began", peer, requested[0], e);
            refuse(requested[0], new Refusal(RefusalReason.NOT_A_FILE, TFTPErrorPacket.UNDEFINED, "Cannot read file"));
        } finally {
            onDone.run();
        }
    }

    boolean isSameRequest(byte[] other) {
        return Arrays.equals(request, other);
    }

    /** Called when the server stops: wakes the blocked receive. */
    void abort() {
        DatagramChannel ch = channel;
        if (ch != null) {
            try {
                ch.close();
            } catch (IOException e) {
                LOG.debug("Closing transfer socket", e);
            }
        }
    }

    private void serve(DatagramChannel ch, BlockSource source, String name, long size, Negotiation negotiation)
            throws IOException {
        ch.connect(peer);
        channel = ch;
        if (ctx.stopping().getAsBoolean()) {
            return;
        }
        try (TransferRegistry.Live live = ctx.registry().open(Protocol.TFTP, peer, name, size)) {
            TransferProgress progress = new TransferProgress(
                    ctx.events(), live, peer, name, size, ctx.settings().progressInterval());
            progress.started(negotiation.oack());
            try {
                new Transfer(ch, negotiation, source, progress, ctx.settings()).run();
                progress.completed();
            } catch (TransferFailure f) {
                if (f.tellPeer()) {
                    Transfer.sendError(ch, peer, TFTPErrorPacket.UNDEFINED, f.getMessage());
                }
                progress.failed(f.reason(), f.getMessage());
            } catch (IOException | RuntimeException e) {
                if (ctx.stopping().getAsBoolean()) {
                    progress.failed(FailureReason.SERVER_STOPPED, "server stopped");
                } else if (e instanceof PortUnreachableException) {
                    // an ICMP error surfaced on send rather than on receive: the client went away
                    progress.failed(FailureReason.ABORTED_BY_PEER, "ICMP port unreachable: the client went away");
                } else {
                    LOG.warn("TFTP transfer of {} to {} failed", name, peer, e);
                    Transfer.sendError(ch, peer, TFTPErrorPacket.UNDEFINED, "Read error");
                    progress.failed(FailureReason.IO_ERROR, String.valueOf(e.getMessage()));
                }
            }
        }
    }

    private BlockSource open(Path file, boolean netascii, Negotiation negotiation) throws IOException {
        return netascii
                ? new NetasciiSource(file, negotiation.blockSize(), negotiation.windowSize())
                : new OctetSource(file, negotiation.blockSize());
    }

    private DatagramChannel openChannel() throws IOException, Refusal {
        DatagramChannel ch = ctx.ports().open(ctx.family(), ctx.localAddress());
        if (ch == null) {
            throw new Refusal(RefusalReason.BUSY, TFTPErrorPacket.UNDEFINED, "No free transfer port, try again");
        }
        return ch;
    }

    private void refuse(String requested, Refusal r) {
        refuse(ctx, peer, requested, r);
    }

    /** For anything but a read request: always a refusal, decided without a thread of its own. */
    static void refuseInline(TransferContext ctx, InetSocketAddress peer, byte[] packet) {
        String[] requested = {""};
        try {
            ReadRequest.parse(packet, packet.length, peer, requested);
            refuse(
                    ctx,
                    peer,
                    requested[0],
                    new Refusal(
                            RefusalReason.BAD_REQUEST, TFTPErrorPacket.ILLEGAL_OPERATION, "Illegal TFTP operation"));
        } catch (Refusal r) {
            refuse(ctx, peer, requested[0], r);
        }
    }

    private static void refuse(TransferContext ctx, InetSocketAddress peer, String requested, Refusal r) {
        LOG.debug("TFTP request from {} for '{}' refused: {} ({})", peer, requested, r.reason(), r.getMessage());
        // From a fresh port, as tftpd-hpa does: clients take the first reply's port as the transfer's TID and
        // some (Commons Net's among them) reject an ERROR that comes from the request port.
        try (DatagramChannel reply = DatagramChannel.open(
                peer.getAddress() instanceof Inet4Address
                        ? StandardProtocolFamily.INET
                        : StandardProtocolFamily.INET6)) {
            reply.bind(null);
            Transfer.sendError(reply, peer, r.errorCode(), r.getMessage());
        } catch (IOException e) {
            Transfer.sendError(ctx.requestChannel(), peer, r.errorCode(), r.getMessage());
        }
        ctx.events()
                .onEvent(new TransferEvent.Refused(
                        Instant.now(), Protocol.TFTP, peer, requested, r.reason(), r.getMessage()));
    }
}
