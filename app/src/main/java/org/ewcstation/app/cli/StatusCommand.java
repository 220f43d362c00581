package org.ewcstation.app.cli;

import java.time.Clock;
import java.util.concurrent.Callable;
import org.ewcstation.app.AppContext;
import org.ewcstation.i18n.Messages;
import org.ewcstation.services.ewc.poll.ApSnapshot;
import org.ewcstation.services.ewc.poll.ApSnapshotReader;
import org.ewcstation.services.ewc.session.EwcException;
import org.ewcstation.services.ewc.session.EwcSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code ewc-station status --host H --user U [--password-env VAR] [--json]}. */
@Command(name = "status", mixinStandardHelpOptions = true, description = "Show the AP table of a controller.")
public final class StatusCommand implements Callable<Integer> {

    @ParentCommand
    EwcStationCommand parent;

    @Mixin
    EwcLogin login;

    @Option(names = "--json", description = "Print the snapshot as JSON.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        Messages m = login.messages();
        try (AppContext ctx = AppContext.start(new GlobalOptions(parent == null ? null : parent.dataDir, false))) {
            try (EwcSession s = login.connect(ctx, login.credentials(System.err), System.err)) {
                ApSnapshot snap = new ApSnapshotReader(Clock.systemUTC()).read(s);
                snap.problems().forEach(p -> System.err.println(m.text(p.message())));
                if (json) {
                    System.out.println(JsonOut.mapper().writeValueAsString(snap));
                } else {
                    System.out.print(ApTableText.render(snap.aps(), m));
                }
                return 0;
            } catch (EwcException e) {
                System.err.println(m.text(e.msg()));
                return 2;
            } catch (IllegalStateException e) {
                System.err.println(e.getMessage());
                return 2;
            }
        }
    }
}
