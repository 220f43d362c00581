package org.ewcstation.app.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.ewcstation.app.AppContext;
import org.ewcstation.i18n.Messages;
import org.ewcstation.i18n.Msg;
import org.ewcstation.services.ewc.capture.CaptureListener;
import org.ewcstation.services.ewc.capture.CaptureManifest;
import org.ewcstation.services.ewc.capture.FieldCapture;
import org.ewcstation.services.ewc.session.EwcCredentials;
import org.ewcstation.services.ewc.session.EwcException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code ewc-station capture --host H --user U --out FILE.zip}: what a controller says, to send back. */
@Command(
        name = "capture",
        mixinStandardHelpOptions = true,
        description = "Save what a controller says into a zip to send back: read-only show commands and the context"
                + " help of the upgrade commands, every secret masked. Nothing is changed on the controller.")
public final class CaptureCommand implements Callable<Integer> {

    @ParentCommand
    EwcStationCommand parent;

    @Mixin
    EwcLogin login;

    @Option(names = "--out", required = true, paramLabel = "FILE.zip", description = "The zip to write.")
    Path out;

    @Override
    public Integer call() throws Exception {
        Messages m = login.messages();
        Path folder = out.toAbsolutePath().getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            System.err.println(m.text(Msg.of("cli.capture.noFolder", folder)));
            return 2;
        }
        try (AppContext ctx = AppContext.start(new GlobalOptions(parent == null ? null : parent.dataDir, false))) {
            EwcCredentials creds = login.credentials(System.err);
            List<String> secrets = new ArrayList<>(List.of(creds.password()));
            if (creds.enableSecret() != null) {
                secrets.add(creds.enableSecret());
            }
            CaptureManifest man = new FieldCapture(VersionProvider.version(), Clock.systemUTC())
                    .capture(() -> login.connect(ctx, creds, System.err), secrets, out, progress(m));
            System.out.println(m.text(man.summary(out)));
            return 0;
        } catch (EwcException e) {
            System.err.println(m.text(e.msg()));
            return 2;
        } catch (IllegalStateException e) {
            System.err.println(e.getMessage());
            return 2;
        } catch (IOException e) {
            System.err.println(m.text(Msg.of("cli.capture.writeFailed", out, e.getMessage())));
            return 3;
        }
    }

    private static CaptureListener progress(Messages m) {
        return new CaptureListener() {
            @Override
            public void step(int done, int steps, CaptureManifest.Entry e) {
                System.err.println(m.text(Msg.of(
                        "cli.capture.step", done, steps, CaptureText.where(e), CaptureText.outcome(e.outcome(), m))));
            }
        };
    }
}
