package org.ewcstation.services.preflight;

import java.util.List;
import org.ewcstation.servers.event.Protocol;
import org.ewcstation.services.preflight.PreflightInput.Profile;

/**
 * The technician's own image server instead of ours: did it answer and serve the first image (TFTP) or log us in
 * and find the path (SFTP), on an address and port the controller can use?
 */
final class ExistingChecks {

    private ExistingChecks() {}

    static void run(PreflightInput in, int port, ExistingServerCheck probe, List<CheckResult> out) {
        Profile p = in.profile();
        String where = p.serverAddress() + ":" + port;
        boolean fileProblem = ExistingServerCheck.NOT_FOUND.equals(probe.failure())
                || ExistingServerCheck.DENIED.equals(probe.failure());
        if (probe.ok() || fileProblem) {
            out.add(CheckResult.green(
                    PreflightCheck.SERVER_RUNNING, "existing", p.mode().name(), where));
        } else {
            out.add(CheckResult.red(
                    PreflightCheck.SERVER_RUNNING,
                    "existing." + probe.failure(),
                    p.mode().name(),
                    where));
        }
        out.add(address(p));
        out.add(port(p.mode(), port));
        out.add(NetworkChecks.ping(in.ping(), p.serverAddress()));
        out.add(path(p.mode(), probe, where));
    }

    private static CheckResult address(Profile p) {
        String addr = p.serverAddress() == null ? "" : p.serverAddress().strip();
        if (addr.isEmpty()) {
            return CheckResult.red(PreflightCheck.SERVER_ADDRESS, "existingMissing");
        }
        if (Addresses.isLoopback(addr)) {
            return CheckResult.warning(PreflightCheck.SERVER_ADDRESS, "existingLoopback", addr);
        }
        return CheckResult.green(PreflightCheck.SERVER_ADDRESS, "existing", addr);
    }

    private static CheckResult port(Protocol mode, int port) {
        if (mode == Protocol.SFTP) {
            return CheckResult.green(PreflightCheck.SERVER_PORT, "sftp", port);
        }
        return port == NetworkChecks.TFTP_PORT
                ? CheckResult.green(PreflightCheck.SERVER_PORT, "tftp", port)
                : CheckResult.red(PreflightCheck.SERVER_PORT, "tftpNot69", port);
    }

    private static CheckResult path(Protocol mode, ExistingServerCheck probe, String where) {
        PreflightCheck c = PreflightCheck.PROFILE_PATH;
        if (probe.ok()) {
            return mode == Protocol.TFTP
                    ? CheckResult.green(c, "existingRead", probe.file(), probe.bytes(), where)
                    : CheckResult.green(c, "existingFound", probe.file(), where);
        }
        if (ExistingServerCheck.NOT_FOUND.equals(probe.failure())) {
            return CheckResult.red(c, "existingMissing", probe.file(), where);
        }
        if (ExistingServerCheck.DENIED.equals(probe.failure())) {
            return CheckResult.red(c, "existingDenied", probe.file(), where);
        }
        return CheckResult.warning(c, "existingNotChecked", probe.file(), where);
    }
}
