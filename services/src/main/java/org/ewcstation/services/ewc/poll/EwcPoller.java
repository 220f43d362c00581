package org.ewcstation.services.ewc.poll;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.ewcstation.i18n.Msg;
import org.ewcstation.services.ewc.session.EwcError;
import org.ewcstation.services.ewc.session.EwcException;
import org.ewcstation.services.ewc.session.EwcSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls one controller over one kept-open session on a named daemon thread: fast while a download moves,
 * slowly when idle; reconnects with exponential backoff; gives up only when retrying cannot help (wrong
 * password, changed host key). {@link #close()} stops it and waits for the thread.
 */
public final class EwcPoller implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EwcPoller.class);

    /** Opens a fresh, ready session (connector, endpoint and credentials bound by the caller). */
    @FunctionalInterface
    public interface SessionSource {
        EwcSession open() throws EwcException;
    }

    private final SessionSource source;
    private final PollSettings settings;
    private final PollListener listener;
    private final ApSnapshotReader reader;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition wake = lock.newCondition();
    private final Thread thread;
    private volatile boolean running = true;
    private volatile ApSnapshot latest;
    private boolean pollNow;
    private EwcSession session;

    public EwcPoller(
            String name, SessionSource source, PollSettings settings, ApSnapshotReader reader, PollListener listener) {
        this.source = source;
        this.settings = settings;
        this.reader = reader;
        this.listener = listener;
        this.thread = Thread.ofPlatform().daemon().name("ssh-poller-" + name).unstarted(this::loop);
        thread.setUncaughtExceptionHandler((t, e) -> LOG.error("{} died", t.getName(), e));
    }

    public EwcPoller start() {
        thread.start();
        return this;
    }

    public ApSnapshot latest() {
        return latest;
    }

    /** Polls again now instead of waiting for the interval (after a start or abort, say). */
    public void pollNow() {
        lock.lock();
        try {
            pollNow = true;
            wake.signalAll();
        } finally {
            lock.unlock();
        }
    }

    private void loop() {
        Duration backoff = settings.backoffMin();
        Msg stopReason = null;
        try {
            while (running) {
                if (session == null || !session.isOpen()) {
                    if (session != null) { // dropped while we waited between polls: reconnect at once
                        notify(() -> listener.connectionLost(Msg.of(EwcError.CONNECTION_LOST.key(), "", "", ""), 0));
                    }
                    closeSession();
                    try {
                        session = source.open();
                        backoff = settings.backoffMin();
                        notify(() -> listener.connected(session.hostname()));
                    } catch (EwcException e) {
                        // retrying cannot fix these: only the user can (a password, or trusting a key)
                        if (e.error() == EwcError.AUTH_FAILED
                                || e.error() == EwcError.HOST_KEY_CHANGED
                                || e.error() == EwcError.HOST_KEY_UNKNOWN) {
                            stopReason = e.msg();
                            return;
                        }
                        Duration wait = backoff;
                        notify(() -> listener.connectionLost(e.msg(), wait.toMillis()));
                        backoff = min(backoff.multipliedBy(2), settings.backoffMax());
                        pause(wait);
                        continue;
                    }
                }
                Duration next = settings.idleInterval();
                try {
                    ApSnapshot s = reader.read(session);
                    ApChanges changes = ApChanges.between(latest, s);
                    latest = s;
                    notify(() -> listener.snapshot(s, changes));
                    if (s.downloadInProgress()) {
                        next = settings.busyInterval();
                    }
                } catch (EwcException e) {
                    if (e.error() == EwcError.CONNECTION_LOST || e.error() == EwcError.TIMEOUT || !session.isOpen()) {
                        closeSession();
                        Duration wait = backoff;
                        notify(() -> listener.connectionLost(e.msg(), wait.toMillis()));
                        next = wait;
                    } else {
                        notify(() -> listener.pollFailed(e.msg()));
                    }
                }
                pause(next);
            }
        } finally {
            closeSession();
            Msg r = stopReason;
            notify(() -> listener.stopped(r));
        }
    }

    private void pause(Duration d) {
        lock.lock();
        try {
            long left = d.toNanos();
            while (running && !pollNow && left > 0) {
                left = wake.awaitNanos(left);
            }
            pollNow = false;
        } catch (InterruptedException e) {
            running = false;
            Thread.currentThread().interrupt();
        } finally {
            lock.unlock();
        }
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private void notify(Runnable call) {
        try {
            call.run();
        } catch (RuntimeException e) {
            LOG.warn("Poll listener failed", e);
        }
    }

    private void closeSession() {
        EwcSession s = session;
        session = null;
        if (s != null) {
            s.close();
        }
    }

    @Override
    public void close() {
        running = false;
        lock.lock();
        try {
            wake.signalAll();
        } finally {
            lock.unlock();
        }
        if (thread.isAlive() && Thread.currentThread() != thread) {
            thread.interrupt(); // a command waiting for output ends at once
        }
        try {
            thread.join(TimeUnit.SECONDS.toMillis(10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (thread.isAlive()) {
            LOG.warn("{} did not stop in time", thread.getName());
        }
    }
}
