package org.ewcstation.servers.tftp;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetSocketAddress;
import java.net.StandardProtocolFamily;
import java.nio.channels.DatagramChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.apache.commons.net.tftp.TFTPErrorPacket;
import org.ewcstation.servers.event.Protocol;
import org.ewcstation.servers.event.TransferEvent;
import org.ewcstation.servers.event.TransferEvent.RefusalReason;
import org.ewcstation.servers.event.TransferRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What one read request leads to, decided on the request thread: parse, check the path, negotiate, open
 * the file and the transfer's socket (its TID), announce the start, and hand back a session for the
 * engine to run. Refusals go out from a fresh port, since no TID exists yet.
 */
final class RequestHandler {

    private static final Logger LOG = LoggerFactory.getLogger(RequestHandler.class);

    /** A request that passed every check, with its open file and socket. */
    record Accepted(
            InetSocketAddress peer,
            byte[] request,
            String name,
            long size,
            Negotiation negotiation,
            DatagramChannel channel,
            BlockSource source) {}

    private final TransferContext ctx;
    private final InetSocketAddress peer;
    private final byte[] request;

    RequestHandler(TransferContext ctx, InetSocketAddress peer, byte[] request) {
        this.ctx = ctx;
        this.peer = peer;
        this.request = request;
    }

    /** The session ready to start, or {@code null} when the request was refused (and told so). */
    TransferSession accept(Runnable onDone) {
        String[] requested = {""};
        BlockSource source = null;
        DatagramChannel ch = null;
        try {
            ReadRequest rrq = ReadRequest.parse(request, request.length, peer, requested);
            Path file = ctx.root().resolve(rrq.fileName());
            String name = RootFolder.relativeName(rrq.fileName());
            long size = rrq.netascii() ? -1 : Files.size(file);
            Negotiation negotiation =
                    Negotiation.of(rrq.options(), size, peer.getAddress() instanceof Inet6Address, ctx.settings());
            source = open(file, rrq.netascii(), negotiation);
            ch = openChannel();
            ch.connect(peer);
            return start(new Accepted(peer, request, name, size, negotiation, ch, source), onDone);
        } catch (Refusal r) {
            closeQuietly(source, ch);
            refuse(requested[0], r);
        } catch (IOException | RuntimeException e) {
            closeQuietly(source, ch);
            LOG.warn("TFTP request from {} for {} failed before the transfer began", peer, requested[0], e);
            refuse(requested[0], new Refusal(RefusalReason.NOT_A_FILE, TFTPErrorPacket.UNDEFINED, "Cannot read file"));
        }
        return null;
    }

    private TransferSession start(Accepted a, Runnable onDone) {
        TransferRegistry.Live live = ctx.registry().open(Protocol.TFTP, peer, a.name(), a.size());
        TransferProgress progress = new TransferProgress(
                ctx.events(), live, peer, a.name(), a.size(), ctx.settings().progressInterval());
        progress.started(a.negotiation().oack());
        Transfer transfer = new Transfer(a.channel(), a.negotiation(), a.source(), progress, ctx.settings());
        return new TransferSession(a, live, progress, transfer, onDone);
    }

    private static void closeQuietly(BlockSource source, DatagramChannel ch) {
        try {
            if (source != null) {
                source.close();
            }
            if (ch != null) {
                ch.close();
            }
        } catch (IOException e) {
            LOG.debug("Closing a refused transfer", e);
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
                        Instant.now(), Protocol.TFTP, peer, requested, r.reason(), r.detail()));
    }
}
