package org.ewcstation.services.preflight;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.ewcstation.servers.event.Protocol;
import org.ewcstation.services.preflight.PreflightInput.LocalAddress;
import org.ewcstation.services.preflight.PreflightInput.Ping;
import org.ewcstation.services.preflight.PreflightInput.Profile;
import org.ewcstation.services.preflight.PreflightInput.ServerState;

/** Is the server the profile names running, on an address and port the controller can reach? */
final class NetworkChecks {

    /** The EWC has no TFTP port setting: it always asks on 69. */
    static final int TFTP_PORT = 69;

    private NetworkChecks() {}

    static void run(PreflightInput in, List<CheckResult> out) {
        Profile p = in.profile();
        Optional<ServerState> server =
                in.servers().stream().filter(s -> s.protocol() == p.mode()).findFirst();
        if (server.isEmpty() || !server.get().running()) {
            out.add(CheckResult.red(
                    PreflightCheck.SERVER_RUNNING, "stopped", p.mode().name()));
        } else {
            ServerState s = server.get();
            out.add(CheckResult.green(
                    PreflightCheck.SERVER_RUNNING, "running", p.mode().name(), s.bindAddress() + ":" + s.port()));
        }
        out.add(address(in, server));
        server.ifPresent(s -> out.add(port(p, s)));
        out.add(ping(in.ping(), p.serverAddress()));
    }

    private static CheckResult address(PreflightInput in, Optional<ServerState> server) {
        String addr = in.profile().serverAddress() == null
                ? ""
                : in.profile().serverAddress().strip();
        PreflightCheck c = PreflightCheck.SERVER_ADDRESS;
        String ours = in.localAddresses().stream()
                .map(LocalAddress::address)
                .filter(a -> !Addresses.isLoopback(a))
                .collect(Collectors.joining(", "));
        if (addr.isEmpty()) {
            return CheckResult.red(c, "missing", ours);
        }
        // a controller on this very computer (a lab) reaches loopback, and only loopback is then right
        boolean sameHost = Addresses.isLoopback(in.controllerAddress());
        if (Addresses.isLoopback(addr) && !sameHost) {
            return CheckResult.red(c, "loopback", addr, ours);
        }
        if (server.isPresent()) {
            String bind = server.get().bindAddress();
            if (Addresses.isLoopback(bind) && !sameHost) {
                return CheckResult.red(c, "boundToLoopback", bind, addr);
            }
            if (!Addresses.isWildcard(bind) && !Addresses.same(bind, addr)) {
                return CheckResult.red(c, "boundElsewhere", bind, addr);
            }
        }
        if (sameHost && Addresses.isLoopback(addr)) {
            return CheckResult.green(c, "sameHost", addr, in.controllerAddress());
        }
        Optional<LocalAddress> local = in.localAddresses().stream()
                .filter(l -> Addresses.same(l.address(), addr))
                .findFirst();
        if (local.isEmpty()) {
            return CheckResult.red(c, "notOurs", addr, ours);
        }
        if (Addresses.sameSubnet(addr, in.controllerAddress(), local.get().prefixLength())) {
            return CheckResult.green(c, "sameSubnet", addr, in.controllerAddress());
        }
        return CheckResult.warning(c, "routed", addr, in.controllerAddress());
    }

    private static CheckResult port(Profile p, ServerState s) {
        PreflightCheck c = PreflightCheck.SERVER_PORT;
        if (p.mode() == Protocol.TFTP) {
            if (s.port() == p.tftpPort()) {
                return CheckResult.green(c, "tftp", s.port());
            }
            return p.tftpPort() == TFTP_PORT
                    ? CheckResult.red(c, "tftpNot69", s.port())
                    : CheckResult.red(c, "tftpMismatch", s.port(), p.tftpPort());
        }
        return s.port() == p.sftpPort()
                ? CheckResult.green(c, "sftp", s.port())
                : CheckResult.red(c, "sftpMismatch", s.port(), p.sftpPort());
    }

    static CheckResult ping(Optional<Ping> ping, String addr) {
        PreflightCheck c = PreflightCheck.CONTROLLER_PING;
        if (ping.isEmpty()) {
            return CheckResult.warning(c, "notRun", String.valueOf(addr));
        }
        Ping r = ping.get();
        if (r.received() <= 0) {
            return CheckResult.red(c, "noReply", String.valueOf(addr), r.sent());
        }
        if (r.received() < r.sent()) {
            return CheckResult.warning(c, "partial", String.valueOf(addr), r.received(), r.sent());
        }
        return CheckResult.green(c, "ok", String.valueOf(addr), r.received(), r.sent());
    }
}
