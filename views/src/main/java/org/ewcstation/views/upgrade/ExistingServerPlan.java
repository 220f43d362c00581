package org.ewcstation.views.upgrade;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.TreeSet;
import org.ewcstation.servers.event.Protocol;
import org.ewcstation.services.ewc.link.ControllerLink;
import org.ewcstation.services.ewc.model.DownloadMode;
import org.ewcstation.services.ewc.ops.ProfileRequest;
import org.ewcstation.services.preflight.ExistingServerCheck;
import org.ewcstation.services.preflight.Preflight;
import org.ewcstation.services.preflight.PreflightInput;
import org.ewcstation.services.preflight.PreflightReport;
import org.ewcstation.services.preflight.SftpLoginCheck;
import org.ewcstation.services.preflight.TftpReadProbe;
import org.ewcstation.services.repository.ApImageCatalog;
import org.ewcstation.services.repository.BundleVersions;
import org.ewcstation.services.servers.ExistingServer;
import org.ewcstation.services.upgrade.UpgradePlan;

/**
 * The upgrade with the technician's own image server: the profile names it (address, port, path, account), and
 * the preflight checks it for real, reading the first image over TFTP or logging in over SFTP, before anything
 * is pushed. Blocking: call it in the background.
 */
final class ExistingServerPlan {

    static final Duration PROBE_TIMEOUT = Duration.ofSeconds(5);

    private ExistingServerPlan() {}

    static Protocol protocol(DownloadMode mode) {
        return mode == DownloadMode.SFTP ? Protocol.SFTP : Protocol.TFTP;
    }

    /** The plan: that server in the profile; versions from the same bundle when it is also in our folder. */
    static UpgradePlan plan(ExistingServer s, Path localBundle) {
        ProfileRequest req;
        if (s.protocol() == Protocol.SFTP) {
            req = ProfileRequest.sftp(s.host(), s.path(), s.user(), s.password());
            req = s.port() == 22 ? req : req.withSftpPort(s.port());
        } else {
            req = ProfileRequest.tftp(s.host(), s.path());
        }
        BundleVersions v = localBundle != null && Files.isDirectory(localBundle)
                ? BundleVersions.of(localBundle)
                : new BundleVersions(null, null);
        return new UpgradePlan(req, s.port(), null, v.ap(), v.controller());
    }

    static PreflightReport preflight(
            UpgradeViewModel.Parts parts, ControllerLink link, UpgradeForm.Values v, ExistingServer s) {
        PreflightInput input = PreflightGather.gather(
                parts.servers(),
                parts.interfaces(),
                parts.repositories().get(),
                link,
                parts.snapshot(),
                v.mode(),
                s.host(),
                s.path());
        return new Preflight(ApImageCatalog.builtIn()).runExisting(input, s.port(), probe(s, input));
    }

    private static ExistingServerCheck probe(ExistingServer s, PreflightInput input) {
        if (s.protocol() == Protocol.SFTP) {
            return new SftpLoginCheck(PROBE_TIMEOUT)
                    .checkExisting(s.host(), s.port(), s.user(), s.password(), s.path());
        }
        String file = s.path().isEmpty() ? firstImage(input) : s.path() + "/" + firstImage(input);
        return new TftpReadProbe(PROBE_TIMEOUT).read(s.host(), s.port(), file);
    }

    /** The image the first AP would ask for: of the joined APs' types the first by name, else the local bundle's. */
    static String firstImage(PreflightInput input) {
        ApImageCatalog catalog = ApImageCatalog.builtIn();
        TreeSet<String> needed = new TreeSet<>();
        input.aps().forEach(a -> catalog.imageTypeOf(a.model()).ifPresent(needed::add));
        if (needed.isEmpty()) {
            input.bundle().ifPresent(m -> needed.addAll(m.imageTypes()));
        }
        return Optional.ofNullable(needed.isEmpty() ? null : needed.first()).orElse("version.info");
    }
}
