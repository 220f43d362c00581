package org.ewcstation.servers.tftp;

import java.net.InetAddress;
import java.net.ProtocolFamily;
import java.nio.channels.DatagramChannel;
import java.util.function.BooleanSupplier;
import org.ewcstation.servers.event.TransferListener;
import org.ewcstation.servers.event.TransferRegistry;

/** What every transfer of one running server shares. */
record TransferContext(
        TftpSettings settings,
        RootFolder root,
        TransferListener events,
        TransferRegistry registry,
        DatagramChannel requestChannel,
        ProtocolFamily family,
        InetAddress localAddress,
        TransferPorts ports,
        BooleanSupplier stopping) {}
