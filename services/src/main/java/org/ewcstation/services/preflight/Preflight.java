package org.ewcstation.services.preflight;

import java.util.ArrayList;
import java.util.List;
import org.ewcstation.servers.event.Protocol;
import org.ewcstation.services.preflight.PreflightInput.DiskSpace;
import org.ewcstation.services.preflight.PreflightInput.SftpSelfTest;
import org.ewcstation.services.repository.ApImageCatalog;

/**
 * The checks before Save &amp; Download: pure logic over {@link PreflightInput}, so every verdict is testable
 * and the caller gathers the facts (servers, SSH, repository) however it likes.
 */
public final class Preflight {

    private static final long MB = 1024 * 1024;
    private final ApImageCatalog catalog;

    public Preflight(ApImageCatalog catalog) {
        this.catalog = catalog;
    }

    public PreflightReport run(PreflightInput in) {
        List<CheckResult> out = new ArrayList<>();
        NetworkChecks.run(in, out);
        BundleChecks.run(in, catalog, out);
        if (in.profile().mode() == Protocol.SFTP) {
            out.add(sftpLogin(in));
        }
        return finish(in, out);
    }

    /**
     * The checks when the technician's own server serves the images: {@code probe} is what it answered to our own
     * read (TFTP) or login (SFTP) on {@code port}; the bundle is judged only when the same folder is also here.
     */
    public PreflightReport runExisting(PreflightInput in, int port, ExistingServerCheck probe) {
        List<CheckResult> out = new ArrayList<>();
        ExistingChecks.run(in, port, probe, out);
        if (in.bundle().isPresent()) {
            List<CheckResult> bundle = new ArrayList<>();
            BundleChecks.run(in, catalog, bundle);
            bundle.stream()
                    .filter(r -> r.check() != PreflightCheck.PROFILE_PATH)
                    .forEach(out::add);
        }
        // for SFTP the login itself is the server check above: no separate self-test of our own server
        return finish(in, out);
    }

    private static PreflightReport finish(PreflightInput in, List<CheckResult> out) {
        if (in.profile().mode() == Protocol.SFTP) {
            out.add(
                    in.profileOverSsh()
                            ? CheckResult.green(PreflightCheck.PASSWORD_TRANSPORT, "sshOnly")
                            : CheckResult.red(PreflightCheck.PASSWORD_TRANSPORT, "notSsh"));
        }
        in.diskSpace().ifPresent(d -> out.add(disk(d)));
        return new PreflightReport(out);
    }

    private static CheckResult sftpLogin(PreflightInput in) {
        PreflightCheck c = PreflightCheck.SFTP_LOGIN;
        if (in.sftpSelfTest().isEmpty()) {
            return CheckResult.warning(c, "notRun");
        }
        SftpSelfTest t = in.sftpSelfTest().get();
        if (t.ok()) {
            return CheckResult.green(c, "ok");
        }
        return switch (String.valueOf(t.failure())) {
            case SftpLoginCheck.AUTH -> CheckResult.red(c, "failedAuth");
            case SftpLoginCheck.REFUSED -> CheckResult.red(c, "failedRefused");
            case SftpLoginCheck.TIMEOUT -> CheckResult.red(c, "failedTimeout");
            case SftpLoginCheck.PATH ->
                CheckResult.red(c, "failedPath", in.profile().path());
            default -> CheckResult.red(c, "failed", String.valueOf(t.failure()));
        };
    }

    private static CheckResult disk(DiskSpace d) {
        PreflightCheck c = PreflightCheck.DISK_SPACE;
        long needMb = (d.neededBytes() + MB - 1) / MB;
        long freeMb = d.usableBytes() / MB;
        if (d.neededBytes() > d.usableBytes()) {
            return CheckResult.red(c, "tooSmall", needMb, freeMb);
        }
        // below 10 % headroom the logs and the database may fill the disk during the run
        if (d.usableBytes() - d.neededBytes() < d.neededBytes() / 10) {
            return CheckResult.warning(c, "tight", needMb, freeMb);
        }
        return CheckResult.green(c, "ok", needMb, freeMb);
    }
}
