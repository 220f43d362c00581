package org.ewcstation.app.cli;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.ewcstation.app.AppContext;
import org.ewcstation.i18n.Messages;
import org.ewcstation.i18n.Msg;
import org.ewcstation.services.ewc.model.DownloadMode;
import org.ewcstation.services.ewc.ops.ApImageAction;
import org.ewcstation.services.ewc.ops.ApImageControl;
import org.ewcstation.services.ewc.ops.ImageDownloadProfiles;
import org.ewcstation.services.ewc.ops.InvalidRequestException;
import org.ewcstation.services.ewc.ops.ProfileRequest;
import org.ewcstation.services.ewc.ops.PushResult;
import org.ewcstation.services.ewc.poll.ApSnapshotReader;
import org.ewcstation.services.ewc.poll.PollSettings;
import org.ewcstation.services.ewc.session.EwcCredentials;
import org.ewcstation.services.ewc.session.EwcError;
import org.ewcstation.services.ewc.session.EwcException;
import org.ewcstation.services.ewc.session.EwcSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code ewc-station push}: push the image-download profile, read it back, optionally start the
 * pre-download and follow it to the end. Exit codes: 0 done, 2 connection/usage, 3 push refused or not
 * verified, 4 an AP failed, 5 gave up waiting.
 */
@Command(
        name = "push",
        mixinStandardHelpOptions = true,
        description = "Push the image-download profile to a controller and start the pre-download.")
public final class PushCommand implements Callable<Integer> {

    @ParentCommand
    EwcStationCommand parent;

    @Mixin
    EwcLogin login;

    @Option(names = "--mode", required = true, description = "tftp or sftp")
    String mode;

    @Option(
            names = "--server",
            required = true,
            paramLabel = "IP",
            description = "Image server address as the EWC reaches it.")
    String server;

    @Option(names = "--path", required = true, paramLabel = "P", description = "Image folder on that server.")
    String path;

    @Option(names = "--sftp-user", paramLabel = "U")
    String sftpUser;

    @Option(
            names = "--sftp-password-env",
            paramLabel = "VAR",
            description = "Environment variable holding the SFTP password.")
    String sftpPasswordEnv;

    @Option(names = "--sftp-port", paramLabel = "PORT", description = "SFTP port, when not 22.")
    Integer sftpPort;

    @Option(
            names = "--profile",
            defaultValue = ImageDownloadProfiles.DEFAULT,
            description = "Profile name (default ${DEFAULT-VALUE}).")
    String profile;

    @Option(names = "--start", description = "Start the pre-download after a verified push and follow it.")
    boolean start;

    @Option(
            names = "--interval",
            defaultValue = "PT3S",
            description = "Poll interval while following (ISO-8601, default ${DEFAULT-VALUE}).")
    Duration interval;

    @Option(
            names = "--give-up-after",
            defaultValue = "PT2H",
            description = "Stop following after this long (default ${DEFAULT-VALUE}).")
    Duration giveUpAfter;

    @Override
    public Integer call() throws Exception {
        Messages m = login.messages();
        DownloadMode dm = DownloadMode.fromKeyword(mode);
        if (dm != DownloadMode.TFTP && dm != DownloadMode.SFTP) {
            System.err.println(m.text(Msg.of("cli.push.badMode", mode)));
            return 2;
        }
        String sftpPassword = sftpPasswordEnv == null ? null : System.getenv(sftpPasswordEnv);
        if (sftpPasswordEnv != null && sftpPassword == null) {
            System.err.println(m.text(Msg.of("cli.ewc.envMissing", sftpPasswordEnv)));
            return 2;
        }
        ProfileRequest req = new ProfileRequest(profile, dm, server, path, sftpUser, sftpPassword, sftpPort);
        try (AppContext ctx = AppContext.start(new GlobalOptions(parent == null ? null : parent.dataDir, false))) {
            EwcCredentials creds = login.credentials(System.err);
            try (EwcSession s = login.connect(ctx, creds, System.err)) {
                PushResult r = new ImageDownloadProfiles().push(s, req);
                r.sent().forEach(line -> System.out.println(m.text(Msg.of("cli.push.sent", line))));
                if (!r.ok()) {
                    r.problems().forEach(p -> System.err.println(m.text(p)));
                    return 3;
                }
                System.out.println(m.text(Msg.of(
                        "cli.push.verified",
                        r.readBack().name(),
                        r.readBack().mode().keyword(),
                        r.readBack().server(),
                        r.readBack().path())));
                if (!start) {
                    return 0;
                }
                new ApImageControl(Duration.ofSeconds(60)).run(s, ApImageAction.START_PREDOWNLOAD, false);
                System.out.println(m.text(Msg.of("cli.push.started")));
                PollSettings ps = new PollSettings(interval, interval, Duration.ofSeconds(1), Duration.ofSeconds(30));
                return new FollowPredownload(m, ps, giveUpAfter, new ApSnapshotReader(Clock.systemUTC()))
                        .follow(s, () -> login.connect(ctx, creds, System.err));
            } catch (EwcException e) {
                System.err.println(m.text(e.msg()));
                return e.error() == EwcError.NOT_SUPPORTED || e.error() == EwcError.COMMAND_REJECTED ? 3 : 2;
            } catch (InvalidRequestException e) {
                System.err.println(m.text(e.msg()));
                return 2;
            } catch (IllegalStateException e) {
                System.err.println(e.getMessage());
                return 2;
            }
        }
    }
}
