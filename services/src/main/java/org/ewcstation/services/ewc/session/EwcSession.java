package org.ewcstation.services.ewc.session;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.channel.ChannelShell;
import org.apache.sshd.client.session.ClientSession;
import org.ewcstation.services.ewc.parse.TerminalText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An interactive IOS-XE CLI over an SSH shell with a pty, as a technician (or Netmiko) drives it: wait for
 * the prompt, learn the hostname, track the mode, page-free output, typed errors that keep the command and
 * the controller's words. One caller at a time (methods are synchronized).
 */
public final class EwcSession implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EwcSession.class);
    private static final Pattern MORE_AT_END = Pattern.compile("--More--\\s*$");
    private static final Pattern PASSWORD_PROMPT = Pattern.compile("(?i)(password|secret):\\s*$");

    private final EwcEndpoint endpoint;
    private final SshClient client;
    private final ClientSession ssh;
    private final ChannelShell channel;
    private final ShellIo io;
    private final SessionSettings settings;
    private final TranscriptListener transcript;
    private final SecretMasker masker;
    private final Prompt prompt = new Prompt();
    private String promptText = "";
    private CliMode mode = CliMode.USER;
    private StreamWatch watch = StreamWatch.NONE;
    private volatile boolean closed;

    EwcSession(
            EwcEndpoint endpoint,
            SshClient client,
            ClientSession ssh,
            ChannelShell channel,
            SessionSettings settings,
            TranscriptListener transcript,
            SecretMasker masker)
            throws IOException {
        this.endpoint = endpoint;
        this.client = client;
        this.ssh = ssh;
        this.channel = channel;
        this.settings = settings;
        this.transcript = transcript;
        this.masker = masker;
        this.io = new ShellIo(channel.getInvertedOut(), channel.getInvertedIn(), endpoint.toString());
    }

    /** Waits for the first prompt, learns the hostname, turns paging off, and enables when a secret is given. */
    void start(EwcCredentials credentials) throws EwcException {
        long deadline = System.nanoTime() + settings.authTimeout().toNanos();
        long nudge = System.nanoTime() + Duration.ofSeconds(2).toNanos();
        Prompt.Match m = awaitPrompt(Math.min(deadline, nudge), null, true);
        if (m == null) {
            send("\n", null); // some boxes print the prompt only after a keystroke
            m = awaitPrompt(deadline, null, false);
        }
        consume(m);
        prompt.learn(m.host());
        LOG.debug("Session {} at prompt {}", endpoint, m.text());
        exec("terminal length 0");
        exec("terminal width 0");
        if (!mode.privileged() && credentials.enableSecret() != null) {
            enable(credentials.enableSecret());
        }
    }

    public EwcEndpoint endpoint() {
        return endpoint;
    }

    public synchronized String hostname() {
        return prompt.hostname();
    }

    public synchronized CliMode mode() {
        return mode;
    }

    public boolean isOpen() {
        return !closed && !io.ended() && ssh.isOpen();
    }

    /** Adds a secret the transcript and errors must never show (an SFTP password about to be typed). */
    public void addSecret(String secret) {
        masker.add(secret);
    }

    /** Runs an exec-mode command and returns its output (echo and prompt removed). */
    public String exec(String command) throws EwcException {
        return exec(command, Answers.NONE, settings.commandTimeout());
    }

    public synchronized String exec(String command, Answers answers, Duration timeout) throws EwcException {
        if (mode.config()) {
            run("end", Answers.NONE, settings.commandTimeout(), false);
        }
        return run(command, answers, timeout, false);
    }

    /**
     * Like {@link #exec(String, Answers, Duration)} for a command that runs for minutes (the install engine): {@code
     * watching} sees the controller's latest line while it runs, so the caller can report progress.
     */
    public synchronized String exec(String command, Answers answers, Duration timeout, StreamWatch watching)
            throws EwcException {
        watch = watching;
        try {
            return exec(command, answers, timeout);
        } finally {
            watch = StreamWatch.NONE;
        }
    }

    /** {@code enable}, answering the secret prompt. */
    public synchronized void enable(String secret) throws EwcException {
        masker.add(secret);
        send("enable\n", "enable");
        long deadline = System.nanoTime() + settings.commandTimeout().toNanos();
        Object r = awaitAny(deadline, "enable");
        if (r instanceof String) { // the password prompt
            io.take();
            send(secret + "\n", EwcCredentials.MASK);
            r = awaitAny(deadline, "enable");
        }
        if (!(r instanceof Prompt.Match m)) {
            throw error(EwcError.ENABLE_FAILED, "enable", TerminalText.clean(io.take()));
        }
        String out = consume(m);
        if (!m.mode().privileged()) {
            throw error(EwcError.ENABLE_FAILED, "enable", out);
        }
    }

    /**
     * Enters configuration mode, sends {@code lines} in order and stops at the first one the controller
     * refuses (any {@code %} line), always returning to privileged exec. Returns the controller's words per line.
     */
    public synchronized List<String> configure(List<String> lines) throws EwcException {
        List<String> outputs = new ArrayList<>();
        if (!mode.config()) {
            run("configure terminal", Answers.NONE, settings.commandTimeout(), false);
        }
        try {
            for (String line : lines) {
                outputs.add(run(line, Answers.NONE, settings.commandTimeout(), true));
            }
        } finally {
            if (isOpen() && mode.config()) {
                run("end", Answers.NONE, settings.commandTimeout(), false);
            }
        }
        return outputs;
    }

    /**
     * Context help: types {@code partial ?} (which IOS answers without running anything), reads the
     * keywords offered, then erases the typed line. Nothing is ever executed.
     */
    public synchronized ContextHelp help(String partial) throws EwcException {
        return new ContextHelpExchange(this).run(partial);
    }

    // ---- the exchange machinery, shared with ContextHelpExchange -------------------------------------

    String run(String command, Answers answers, Duration timeout, boolean configLine) throws EwcException {
        requireOpen(command);
        String before = promptText;
        discardStale();
        send(command + "\n", command);
        long t0 = System.nanoTime();
        long deadline = t0 + timeout.toNanos();
        String question = null;
        int answeredMoreAt = -1;
        int answeredAt = 0;
        while (true) {
            Object r = awaitStep(deadline, command, answeredMoreAt, answeredAt, Questions.mayAsk(command));
            if (r instanceof Prompt.Match m) {
                String out = consume(m);
                LOG.debug(
                        "{} '{}' answered in {} ms",
                        endpoint,
                        masker.mask(command),
                        (System.nanoTime() - t0) / 1_000_000);
                String body = CommandOutput.body(out, command, m.text());
                if (question != null) {
                    throw error(EwcError.CONFIRMATION_DECLINED, command, question);
                }
                CommandOutput.check(command, body, before, configLine, this);
                return body;
            }
            if (r instanceof Integer moreAt) {
                answeredMoreAt = moreAt;
                send(" ", null);
            } else if (r instanceof Seen seen) {
                Question q = seen.question();
                String answer = answers.answerFor(q);
                if (answer == null) {
                    question = q.text();
                    send(q.decline(), q.decline().strip());
                } else {
                    send(q.typed(answer), answer);
                }
                answeredMoreAt = -1;
                // only what the controller prints after this point can be the next question
                answeredAt = seen.at();
            }
        }
    }

    /** A question and the buffer length when it was seen (what came before it is never asked again). */
    private record Seen(Question question, int at) {}

    /**
     * Waits for the next thing to react to: a prompt (Match), a new pager mark (Integer) or a question (Seen) in
     * what arrived after {@code answeredAt}.
     */
    private Object awaitStep(long deadline, String command, int answeredMoreAt, int answeredAt, boolean mayAsk)
            throws EwcException {
        return await(deadline, command, v -> {
            String c = v.cleaned();
            Prompt.Match m = prompt.find(c);
            if (m != null) {
                return m;
            }
            watch.seen(TerminalText.lastNonBlankLine(c));
            if (MORE_AT_END.matcher(v.tail()).find() && v.length() > answeredMoreAt) {
                return v.length();
            }
            int tailStart = v.length() - v.tail().length();
            String fresh = TerminalText.clean(
                    v.tail().substring(Math.max(0, Math.min(v.tail().length(), answeredAt - tailStart))));
            Question q = Questions.find(fresh, v.quietMillis(), mayAsk);
            return q == null ? null : new Seen(q, v.length());
        });
    }

    private Object awaitAny(long deadline, String command) throws EwcException {
        return await(deadline, command, v -> {
            String c = v.cleaned();
            Prompt.Match m = prompt.find(c);
            if (m != null) {
                return m;
            }
            String last = TerminalText.lastLine(c);
            return PASSWORD_PROMPT.matcher(last).find() ? last : null;
        });
    }

    Prompt.Match awaitPrompt(long deadline, String command, boolean softTimeout) throws EwcException {
        try {
            ShellIo.Outcome<Prompt.Match> o = io.await(v -> prompt.find(v.cleaned()), deadline);
            if (o instanceof ShellIo.Outcome.Found<Prompt.Match> f) {
                return f.value();
            }
            if (softTimeout && o instanceof ShellIo.Outcome.TimedOut) {
                return null;
            }
            throw failure(o, command);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw error(EwcError.CONNECTION_LOST, command, "interrupted");
        }
    }

    <T> T await(long deadline, String command, Function<ShellIo.View, T> probe) throws EwcException {
        try {
            ShellIo.Outcome<T> o = io.await(probe, deadline);
            if (o instanceof ShellIo.Outcome.Found<T> f) {
                return f.value();
            }
            throw failure(o, command);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw error(EwcError.CONNECTION_LOST, command, "interrupted");
        }
    }

    private EwcException failure(ShellIo.Outcome<?> o, String command) {
        if (o instanceof ShellIo.Outcome.Ended<?> e) {
            transcriptReceived(TerminalText.clean(e.seen()));
            closeQuietly();
            return error(EwcError.CONNECTION_LOST, command, TerminalText.last(TerminalText.clean(e.seen()), 300));
        }
        String seen = TerminalText.clean(((ShellIo.Outcome.TimedOut<?>) o).seen());
        transcriptReceived(seen);
        return error(EwcError.TIMEOUT, command, TerminalText.last(seen, 300));
    }

    /** Takes the buffer up to and including the prompt, updates the mode, and returns the cleaned text. */
    String consume(Prompt.Match m) {
        String out = TerminalText.clean(io.take());
        transcriptReceived(out);
        mode = m.mode();
        promptText = m.text().stripTrailing();
        return out;
    }

    private void discardStale() {
        String stale = io.take();
        if (!stale.isEmpty()) {
            transcriptReceived(TerminalText.clean(stale));
        }
    }

    void send(String text, String shown) throws EwcException {
        try {
            if (shown != null) {
                transcript.sent(endpoint, masker.mask(shown));
            }
            io.write(text);
        } catch (IOException e) {
            closeQuietly();
            throw new EwcException(EwcError.CONNECTION_LOST, masker.mask(shown), e.getMessage(), -1, e);
        }
    }

    void transcriptReceived(String text) {
        if (!text.isEmpty()) {
            try {
                transcript.received(endpoint, masker.mask(text));
            } catch (RuntimeException e) {
                LOG.warn("Transcript listener failed", e);
            }
        }
    }

    private void requireOpen(String command) throws EwcException {
        if (!isOpen()) {
            throw error(EwcError.CONNECTION_LOST, command, "");
        }
    }

    EwcException error(EwcError code, String command, String text) {
        return new EwcException(code, masker.mask(command), masker.mask(text), -1, null);
    }

    EwcException error(EwcError code, String command, String text, int caret) {
        return new EwcException(code, masker.mask(command), masker.mask(text), caret, null);
    }

    Duration settingsCommandTimeout() {
        return settings.commandTimeout();
    }

    String promptText() {
        return promptText;
    }

    ShellIo io() {
        return io;
    }

    Prompt prompt() {
        return prompt;
    }

    private void closeQuietly() {
        if (closed) {
            return;
        }
        closed = true;
        io.close();
        try {
            channel.close(true);
            ssh.close(true);
        } finally {
            client.stop();
            transcript.event(endpoint, "closed");
        }
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        if (isOpen()) {
            try {
                synchronized (this) {
                    send(mode.config() ? "end\nexit\n" : "exit\n", "exit"); // exit in config mode only goes up a level
                }
            } catch (EwcException e) {
                LOG.debug("exit on close failed", e);
            }
        }
        closeQuietly();
    }
}
