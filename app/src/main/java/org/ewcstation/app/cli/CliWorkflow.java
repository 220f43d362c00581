package org.ewcstation.app.cli;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import org.ewcstation.app.AppContext;
import org.ewcstation.i18n.Messages;
import org.ewcstation.i18n.Msg;
import org.ewcstation.services.ewc.link.ControllerLink;
import org.ewcstation.services.ewc.poll.ApChanges;
import org.ewcstation.services.ewc.poll.ApSnapshot;
import org.ewcstation.services.ewc.poll.PollListener;
import org.ewcstation.services.ewc.poll.PollSettings;
import org.ewcstation.services.ewc.session.EwcCredentials;
import org.ewcstation.services.ewc.session.EwcError;
import org.ewcstation.services.ewc.session.EwcException;
import org.ewcstation.services.ewc.session.HostKeyChangedException;
import org.ewcstation.services.upgrade.Stage;
import org.ewcstation.services.upgrade.UpgradeWorkflow;
import org.ewcstation.services.upgrade.WorkflowEvents;

/**
 * The command line's hold on one controller's upgrade workflow: the link (identified, polled), the same workflow
 * and history the window uses, and waiting for a stage. Ctrl-C during a run leaves it Interrupted and resumable.
 */
final class CliWorkflow implements AutoCloseable {

    private final AppContext ctx;
    private final ControllerLink link;
    private final UpgradeWorkflow workflow;
    private final CompletableFuture<Void> firstPoll = new CompletableFuture<>();
    private final Thread onCtrlC;

    private CliWorkflow(AppContext ctx, ControllerLink link, Messages m, PrintStream err) {
        this.ctx = ctx;
        this.link = link;
        this.workflow = ctx.workflows().attach(link, link::version);
        this.onCtrlC = Thread.ofPlatform().name("interrupt-run").unstarted(() -> {
            if (workflow.interrupt()) {
                err.println(m.text(Msg.of("cli.upgrade.interrupted", workflow.controller())));
            }
        });
        Runtime.getRuntime().addShutdownHook(onCtrlC);
    }

    /** Logs in, identifies the controller and starts polling it; the first poll is awaited by {@link #ready}. */
    static CliWorkflow connect(AppContext ctx, EwcLogin login, Duration interval, PollListener also, PrintStream err)
            throws EwcException {
        EwcCredentials creds = login.credentials(err);
        PollSettings ps = new PollSettings(interval, interval, Duration.ofSeconds(1), Duration.ofSeconds(30));
        ControllerLink link = new ControllerLink(
                ctx.ewcConnector(), login.endpoint(), creds, login.transcriptListener(err), ps, Clock.systemUTC());
        try {
            identify(ctx, login, link, err);
        } catch (EwcException e) {
            if (e.error() != EwcError.ENABLE_NEEDED && e.error() != EwcError.ENABLE_FAILED) {
                throw e;
            }
            // the login landed at ">": ask for the enable secret on the terminal, or say how to give it
            String secret = login.askEnable().orElseThrow(() -> new IllegalStateException(login.enableAdvice(e)));
            link = link.with(new EwcCredentials(creds.username(), creds.password(), secret));
            identify(ctx, login, link, err);
        }
        CliWorkflow w = new CliWorkflow(ctx, link, login.messages(), err);
        w.workflow.describeDialect();
        link.startPolling(w.feed(also));
        return w;
    }

    private static void identify(AppContext ctx, EwcLogin login, ControllerLink link, PrintStream err)
            throws EwcException {
        try {
            link.identify();
        } catch (HostKeyChangedException e) {
            if (!login.accepts(e.change().offeredFingerprint())) {
                throw e;
            }
            ctx.hostKeyTrust().accept(e.change());
            err.println(
                    login.render(Msg.of("cli.ewc.hostKeyAccepted", e.change().offeredFingerprint())));
            link.identify();
        }
    }

    private PollListener feed(PollListener also) {
        return new PollListener() {
            @Override
            public void snapshot(ApSnapshot s, ApChanges changes) {
                also.snapshot(s, changes);
                workflow.onPoll(s.aps(), s.downloadInProgress());
                firstPoll.complete(null);
            }

            @Override
            public void connectionLost(Msg reason, long retryInMillis) {
                also.connectionLost(reason, retryInMillis);
                workflow.onControllerAway();
            }

            @Override
            public void stopped(Msg reason) {
                if (reason != null) {
                    firstPoll.completeExceptionally(new IllegalStateException(reason.key()));
                }
            }
        };
    }

    UpgradeWorkflow workflow() {
        return workflow;
    }

    ControllerLink link() {
        return link;
    }

    /** Waits for the first poll, so the workflow knows the APs (and what they already hold) before any step. */
    boolean ready(Duration timeout) throws InterruptedException {
        try {
            firstPoll.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException | ExecutionException e) {
            return false;
        }
    }

    /**
     * Waits until the stage satisfies {@code done}; false when {@code giveUpAfter} passed first. The workflow tells
     * its listeners of a new stage while it holds its own lock, so the listener here only releases a permit and
     * never waits for a lock this thread holds while it asks the workflow for its stage (a monitor here once
     * deadlocked the two).
     */
    boolean await(Predicate<Stage> done, Duration giveUpAfter) throws InterruptedException {
        long deadline = System.nanoTime() + giveUpAfter.toNanos();
        Semaphore changed = new Semaphore(0);
        var listener = new WorkflowEvents() {
            @Override
            public void stageChanged(String controller, Stage from, Stage to) {
                changed.release();
            }
        };
        ctx.workflows().addListener(listener);
        try {
            while (!done.test(workflow.stage())) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                changed.tryAcquire(Math.min(left, TimeUnit.SECONDS.toNanos(1)), TimeUnit.NANOSECONDS);
            }
            return true;
        } finally {
            ctx.workflows().removeListener(listener);
        }
    }

    static List<Stage> finished() {
        return List.of(Stage.VERIFIED, Stage.FAILED, Stage.ABORTED, Stage.INTERRUPTED);
    }

    @Override
    public void close() {
        link.close();
        try {
            Runtime.getRuntime().removeShutdownHook(onCtrlC);
        } catch (IllegalStateException e) {
            // the JVM is already shutting down: the hook runs (or ran) and interrupts the run
        }
    }
}
