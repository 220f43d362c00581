package org.ewcstation.views.upgrade;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ewcstation.servers.event.Protocol;
import org.ewcstation.servers.net.IpText;
import org.ewcstation.services.ewc.link.ControllerLink;
import org.ewcstation.services.ewc.model.DownloadMode;
import org.ewcstation.services.ewc.model.PingResult;
import org.ewcstation.services.ewc.model.VersionInfo;
import org.ewcstation.services.ewc.poll.ApSnapshot;
import org.ewcstation.services.ewc.session.EwcException;
import org.ewcstation.services.network.LocalInterfaces;
import org.ewcstation.services.preflight.PreflightInput;
import org.ewcstation.services.preflight.SftpLoginCheck;
import org.ewcstation.services.repository.BundleManifest;
import org.ewcstation.services.repository.ImageRepository;
import org.ewcstation.services.repository.ImportProgress;
import org.ewcstation.services.servers.ServerKind;
import org.ewcstation.services.servers.ServerManager;
import org.ewcstation.services.servers.ServerStatus;

/**
 * Collects what the preflight judges, from the live parts: our servers, this laptop's addresses, the
 * controller (ping from it over SSH), the bundle in the served folder, the joined APs, an SFTP self-test.
 * Blocking (SSH, hashing): run it in the background.
 */
final class PreflightGather {

    private PreflightGather() {}

    static PreflightInput gather(
            ServerManager servers,
            LocalInterfaces interfaces,
            ImageRepository repository,
            ControllerLink link,
            Optional<ApSnapshot> snapshot,
            DownloadMode mode,
            String server,
            String path) {
        Protocol protocol = mode == DownloadMode.SFTP ? Protocol.SFTP : Protocol.TFTP;
        ServerStatus sftp = servers.status(ServerKind.SFTP);
        int sftpPort =
                sftp.running() ? sftp.address().getPort() : servers.settings().sftpPort();
        List<PreflightInput.ServerState> states = serverStates(servers);
        List<PreflightInput.LocalAddress> local = interfaces.list().stream()
                .map(a -> new PreflightInput.LocalAddress(IpText.of(a.address()), a.prefix()))
                .toList();
        Path folder = repository.root().resolve(path).normalize();
        Optional<BundleManifest> bundle = Optional.empty();
        List<String> known = List.of();
        try {
            if (Files.isDirectory(folder) && folder.startsWith(repository.root())) {
                bundle = Optional.of(repository.inspect(folder, new ImportProgress()));
            }
            known = repository.list().stream()
                    .map(ImageRepository.StoredBundle::profilePath)
                    .toList();
        } catch (IOException e) {
            // an unreadable folder shows as "path not found" in the report
        }
        List<PreflightInput.Ap> aps = snapshot.map(s -> s.aps().stream()
                        .map(a -> new PreflightInput.Ap(a.name(), a.model(), a.primaryImage()))
                        .toList())
                .orElse(List.of());
        Optional<PreflightInput.Ping> ping;
        try {
            PingResult p = link.ping(server);
            ping = Optional.of(new PreflightInput.Ping(p.sent(), p.received()));
        } catch (EwcException e) {
            ping = Optional.empty();
        }
        Optional<PreflightInput.SftpSelfTest> selfTest = Optional.empty();
        if (mode == DownloadMode.SFTP && sftp.running()) {
            var info = servers.sftpInfo();
            if (info.isPresent()) {
                var t = new SftpLoginCheck(Duration.ofSeconds(10))
                        .check(
                                "127.0.0.1",
                                sftpPort,
                                info.get().credentials().user(),
                                info.get().credentials().password(),
                                path);
                selfTest = Optional.of(t);
            }
        }
        return new PreflightInput(
                new PreflightInput.Profile(
                        protocol,
                        server,
                        path,
                        sftpPort,
                        link.version() == null
                                ? VersionInfo.TFTP_PORT
                                : link.version().tftpPort()),
                states,
                local,
                link.endpoint().host(),
                bundle,
                known,
                aps,
                ping,
                selfTest,
                Optional.empty(),
                true);
    }

    /** Our TFTP and SFTP servers as they run now: running or not, the address they are bound to, their port. */
    private static List<PreflightInput.ServerState> serverStates(ServerManager servers) {
        List<PreflightInput.ServerState> states = new ArrayList<>();
        for (ServerKind k : List.of(ServerKind.TFTP, ServerKind.SFTP)) {
            ServerStatus s = servers.status(k);
            InetSocketAddress a = s.address();
            int port = a != null
                    ? a.getPort()
                    : k == ServerKind.TFTP
                            ? servers.settings().tftpPort()
                            : servers.settings().sftpPort();
            String bind = a != null && a.getAddress() != null
                    ? IpText.of(a.getAddress())
                    : servers.settings().bindAddress() == null
                            ? "0.0.0.0"
                            : servers.settings().bindAddress();
            states.add(new PreflightInput.ServerState(
                    k == ServerKind.TFTP ? Protocol.TFTP : Protocol.SFTP, s.running(), bind, port));
        }
        return states;
    }
}
