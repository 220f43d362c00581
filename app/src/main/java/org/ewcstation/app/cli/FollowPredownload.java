package org.ewcstation.app.cli;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.ewcstation.i18n.Messages;
import org.ewcstation.i18n.Msg;
import org.ewcstation.services.ewc.model.PredownloadPhase;
import org.ewcstation.services.ewc.poll.ApChanges;
import org.ewcstation.services.ewc.poll.ApSnapshot;
import org.ewcstation.services.ewc.poll.ApSnapshotReader;
import org.ewcstation.services.ewc.poll.ApStatus;
import org.ewcstation.services.ewc.poll.EwcPoller;
import org.ewcstation.services.ewc.poll.PollListener;
import org.ewcstation.services.ewc.poll.PollSettings;
import org.ewcstation.services.ewc.poll.PredownloadWatch;
import org.ewcstation.services.ewc.session.EwcSession;

/** Prints the pre-download's progress until every AP is done or failed; the exit code says which. */
final class FollowPredownload {

    private final Messages m;
    private final PollSettings settings;
    private final Duration giveUpAfter;
    private final ApSnapshotReader reader;

    FollowPredownload(Messages m, PollSettings settings, Duration giveUpAfter, ApSnapshotReader reader) {
        this.m = m;
        this.settings = settings;
        this.giveUpAfter = giveUpAfter;
        this.reader = reader;
    }

    int follow(EwcSession first, EwcPoller.SessionSource reconnect) throws InterruptedException {
        AtomicBoolean handedOver = new AtomicBoolean();
        EwcPoller.SessionSource source =
                () -> handedOver.compareAndSet(false, true) && first.isOpen() ? first : reconnect.open();
        CompletableFuture<ApSnapshot> done = new CompletableFuture<>();
        PredownloadWatch watch = new PredownloadWatch(10);
        AtomicReference<String> lastError = new AtomicReference<>();
        PollListener listener = new PollListener() {
            @Override
            public void snapshot(ApSnapshot s, ApChanges changes) {
                for (ApStatus a : changes.added()) {
                    print(a);
                }
                for (ApChanges.Change c : changes.changed()) {
                    print(c.after());
                }
                if (s.predownload() != null
                        && s.predownload().hasError()
                        && !Objects.equals(
                                lastError.getAndSet(s.predownload().error()),
                                s.predownload().error())) {
                    System.err.println(m.text(
                            Msg.of("cli.push.controllerError", s.predownload().error())));
                }
                if (watch.over(s)) {
                    done.complete(s);
                }
            }

            @Override
            public void connectionLost(Msg reason, long retryInMillis) {
                System.err.println(m.text(reason));
            }

            @Override
            public void stopped(Msg reason) {
                if (reason != null) {
                    System.err.println(m.text(reason));
                    done.completeExceptionally(new IllegalStateException(m.text(reason)));
                }
            }
        };
        try (EwcPoller poller = new EwcPoller(first.endpoint().host(), source, settings, reader, listener).start()) {
            ApSnapshot end = done.get(giveUpAfter.toMillis(), TimeUnit.MILLISECONDS);
            long failed = end.aps().stream()
                    .filter(a -> a.phase() == PredownloadPhase.FAILED)
                    .count();
            System.out.println(m.text(Msg.of("cli.push.finished", end.aps().size() - failed, failed)));
            return failed > 0 ? 4 : 0;
        } catch (TimeoutException e) {
            System.err.println(m.text(Msg.of("cli.push.gaveUp", giveUpAfter.toMinutes())));
            return 5;
        } catch (ExecutionException e) {
            return 2;
        }
    }

    private void print(ApStatus a) {
        System.out.println(m.text(Msg.of(
                "cli.push.apProgress",
                a.name(),
                a.imageType(),
                a.predownloadStatus() == null ? "-" : a.predownloadStatus(),
                ApTableText.progress(a))));
    }
}
