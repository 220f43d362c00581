package org.ewcstation.services.ewc.session;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import org.ewcstation.services.ewc.parse.TerminalText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The byte pipe of an interactive shell: a named daemon thread appends what the controller prints to a
 * buffer; callers wait on it with a deadline for a probe (usually "the output now ends with a prompt").
 */
final class ShellIo implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ShellIo.class);
    /** Prompts, pager marks and questions live in the last line: probes look at this much of the tail only. */
    static final int TAIL = 2048;

    private final OutputStream out;
    private final StringBuilder buffer = new StringBuilder();
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final Thread reader;
    private volatile boolean ended;
    private volatile Throwable failure;

    ShellIo(InputStream in, OutputStream out, String name) {
        this.out = out;
        this.reader =
                Thread.ofPlatform().daemon().name("ewc-ssh-reader-" + name).unstarted(() -> pump(in));
        reader.setUncaughtExceptionHandler((t, e) -> LOG.warn("{} died", t.getName(), e));
        reader.start();
    }

    private void pump(InputStream in) {
        char[] chunk = new char[16384];
        try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            int n;
            while ((n = r.read(chunk)) >= 0) {
                lock.lock();
                try {
                    buffer.append(chunk, 0, n);
                    lastData = System.nanoTime();
                    changed.signalAll();
                } finally {
                    lock.unlock();
                }
            }
        } catch (IOException | RuntimeException e) {
            failure = e;
        } finally {
            ended = true;
            lock.lock();
            try {
                changed.signalAll();
            } finally {
                lock.unlock();
            }
        }
    }

    void write(String text) throws IOException {
        if (ended) {
            throw new IOException("shell closed");
        }
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    /** What the probe made of the buffer's tail, or the reason it never did. */
    sealed interface Outcome<T> {
        record Found<T>(T value) implements Outcome<T> {}

        record TimedOut<T>(String seen) implements Outcome<T> {}

        record Ended<T>(String seen, Throwable cause) implements Outcome<T> {}
    }

    /**
     * Waits until {@code probe} returns non-null for the raw tail of the buffer, or until the deadline or
     * the end of the stream. The buffer is not consumed.
     */
    /** When the controller last sent anything: a question is an unfinished line followed by silence. */
    private long lastData = System.nanoTime();

    <T> Outcome<T> await(Function<View, T> probe, long deadlineNanos) throws InterruptedException {
        lock.lock();
        try {
            while (true) {
                int from = Math.max(0, buffer.length() - TAIL);
                long quiet = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - lastData);
                T v = probe.apply(new View(buffer.substring(from), buffer.length(), quiet));
                if (v != null) {
                    return new Outcome.Found<>(v);
                }
                if (ended) {
                    return new Outcome.Ended<>(buffer.toString(), failure);
                }
                long left = deadlineNanos - System.nanoTime();
                if (left <= 0) {
                    return new Outcome.TimedOut<>(buffer.toString());
                }
                changed.awaitNanos(Math.min(left, TimeUnit.MILLISECONDS.toNanos(500)));
            }
        } finally {
            lock.unlock();
        }
    }

    /** Removes and returns everything received so far (raw). */
    String take() {
        lock.lock();
        try {
            String s = buffer.toString();
            buffer.setLength(0);
            return s;
        } finally {
            lock.unlock();
        }
    }

    /** The buffer's raw tail and its total length (to tell a new pager mark from one already answered). */
    record View(String tail, int length, long quietMillis) {

        String cleaned() {
            return TerminalText.clean(tail);
        }
    }

    boolean ended() {
        return ended;
    }

    @Override
    public void close() {
        ended = true;
        reader.interrupt();
    }
}
