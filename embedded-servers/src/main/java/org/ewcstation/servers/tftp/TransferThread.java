package org.ewcstation.servers.tftp;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.PortUnreachableException;
import java.net.SocketTimeoutException;
import java.nio.ByteBuffer;
import java.util.function.BooleanSupplier;

/**
 * The other engine: one platform thread per transfer, blocked in a receive whose timeout is the
 * transfer's deadline. Kept so the two can be measured against each other on the same build
 * ({@code -Dewcstation.tftp.engine=threads}); the selector loops are the default (docs/decisions/0002).
 */
final class TransferThread implements Runnable {

    private final TransferSession session;
    private final BooleanSupplier stopping;

    TransferThread(TransferSession session, BooleanSupplier stopping) {
        this.session = session;
        this.stopping = stopping;
    }

    /** As {@link TransferLoop}: an ICMP error is reported before an ACK already queued; read that ACK. */
    private static void receive(DatagramSocket socket, DatagramPacket packet) throws IOException {
        try {
            socket.receive(packet);
        } catch (PortUnreachableException e) {
            socket.setSoTimeout(1);
            try {
                socket.receive(packet);
            } catch (SocketTimeoutException none) {
                throw e;
            }
        }
    }

    @Override
    public void run() {
        Transfer t = session.transfer();
        ByteBuffer out = ByteBuffer.allocateDirect(4 + t.blockSize());
        byte[] bytes = new byte[1024];
        ByteBuffer in = ByteBuffer.wrap(bytes);
        DatagramPacket packet = new DatagramPacket(bytes, bytes.length);
        try {
            DatagramSocket socket = session.channel().socket();
            long deadline = t.start(out, System.nanoTime());
            while (!t.finished()) {
                if (stopping.getAsBoolean()) {
                    throw new IOException("server stopped");
                }
                long remaining = deadline - System.nanoTime();
                if (remaining <= 0) {
                    deadline = t.onTimeout(out, System.nanoTime());
                    continue;
                }
                socket.setSoTimeout((int) Math.max(1, remaining / 1_000_000));
                packet.setData(bytes);
                try {
                    receive(socket, packet);
                } catch (SocketTimeoutException e) {
                    deadline = t.onTimeout(out, System.nanoTime());
                    continue;
                }
                in.clear().limit(packet.getLength());
                deadline = t.onDatagram(in, out, System.nanoTime());
            }
            session.completed();
        } catch (TransferFailure f) {
            session.failed(f);
        } catch (IOException | RuntimeException e) {
            session.failed(e, stopping.getAsBoolean());
        }
    }
}
