package org.ewcstation.simulator.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.sshd.server.Environment;
import org.apache.sshd.server.ExitCallback;
import org.apache.sshd.server.channel.ChannelSession;
import org.apache.sshd.server.command.Command;
import org.ewcstation.simulator.Controller;
import org.ewcstation.simulator.Fault;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One interactive SSH shell (a vty): prompt, line editing with echo, {@code ?} help, tab completion,
 * errors with the caret, {@code --More--} paging and the mode changes. Runs on its own named thread.
 */
public final class Session implements Command, Terminal {

    private static final Logger LOG = LoggerFactory.getLogger(Session.class);
    private static final String MORE = " --More-- ";
    /** Longer lines are cut, so a client streaming garbage without a newline cannot fill the heap. */
    private static final int MAX_LINE = 4096;

    private final Controller controller;
    private final CommandTable table;
    private final Consumer<Session> onEnd;
    private final String execLine;
    private InputStream rawIn;
    private OutputStream out;
    private ExitCallback exit;
    private ChannelSession channel;
    private LineInput in;
    private Mode mode = Mode.USER_EXEC;
    private int length = 24;
    private String profile = "default";
    private final StringBuilder pending = new StringBuilder();
    private volatile boolean closed;

    public Session(Controller controller, CommandTable table, Consumer<Session> onEnd) {
        this(controller, table, onEnd, null);
    }

    /**
     * With {@code execLine}, an SSH exec request ({@code ssh ewc "show ap summary"}): the one command runs
     * in user exec without prompt, echo or paging, and the channel closes, as IOS-XE does.
     */
    public Session(Controller controller, CommandTable table, Consumer<Session> onEnd, String execLine) {
        this.controller = controller;
        this.table = table;
        this.onEnd = onEnd;
        this.execLine = execLine;
    }

    @Override
    public void setInputStream(InputStream in) {
        this.rawIn = in;
    }

    @Override
    public void setOutputStream(OutputStream out) {
        this.out = out;
    }

    @Override
    public void setErrorStream(OutputStream err) {
        // IOS writes everything to the terminal
    }

    @Override
    public void setExitCallback(ExitCallback callback) {
        this.exit = callback;
    }

    @Override
    public void start(ChannelSession channel, Environment env) {
        this.channel = channel;
        this.in = new LineInput(rawIn);
        Thread t = new Thread(
                this::run, "ewc-sim-vty-" + channel.getSession().getIoSession().getId());
        t.setDaemon(true);
        t.start();
    }

    @Override
    public void destroy(ChannelSession channel) {
        closed = true;
    }

    private void run() {
        try {
            if (execLine != null) {
                length = 0;
                handle(execLine);
                return;
            }
            write("\r\n");
            while (!closed) {
                String line = readCommand();
                if (line == null) {
                    break;
                }
                handle(line);
            }
        } catch (IOException e) {
            LOG.debug("vty ended: {}", e.toString());
        } catch (RuntimeException e) {
            LOG.warn("vty failed", e);
        } finally {
            closed = true;
            onEnd.accept(this);
            if (exit != null) {
                exit.onExit(0);
            }
        }
    }

    private String prompt() {
        return mode.prompt(controller.settings().hostname());
    }

    /** Parses and runs one line in the current mode, falling back to parent modes as IOS does. */
    private void handle(String line) throws IOException {
        String cmd = line;
        String filter = null;
        int bar = line.indexOf('|');
        if (bar >= 0) {
            cmd = line.substring(0, bar);
            filter = line.substring(bar + 1).strip();
        }
        Parser.Result r = Parser.parse(table.root(mode), cmd);
        if (!(r instanceof Parser.Ok) && mode.isConfig()) {
            for (Mode m = mode.parent(); m != null && m.isConfig(); m = m.parent()) {
                Parser.Result up = Parser.parse(table.root(m), cmd);
                if (up instanceof Parser.Ok) {
                    mode = m;
                    r = up;
                    break;
                }
            }
        }
        switch (r) {
            case Parser.Empty e -> {}
            case Parser.Invalid inv ->
                print(" ".repeat(prompt().length() + inv.offset()) + "^\n% Invalid input detected at '^' marker.\n\n");
            case Parser.Incomplete i -> print("% Incomplete command.\n\n");
            case Parser.Ambiguous a -> print("% Ambiguous command:  \"" + line.strip() + "\"\n");
            case Parser.Ok ok -> run(ok, line, bar, filter);
        }
        flush(null);
    }

    private void run(Parser.Ok ok, String line, int bar, String filter) throws IOException {
        OutputFilter f = null;
        if (filter != null) {
            f = OutputFilter.parse(filter);
            if (f == null) {
                print(" ".repeat(prompt().length() + bar + 1 + Math.max(0, line.indexOf(filter, bar) - bar - 1))
                        + "^\n% Invalid input detected at '^' marker.\n\n");
                return;
            }
        }
        var faults = controller.faults();
        if (faults.get(Fault.Kind.DROP_SESSION)
                .filter(x -> x.appliesTo(ok.path()))
                .isPresent()) {
            LOG.info("Fault: dropping the SSH session on '{}'", ok.path());
            drop();
            return;
        }
        if (faults.get(Fault.Kind.REFUSE).filter(x -> x.appliesTo(ok.path())).isPresent()) {
            print("% Error: Operation not allowed at this time\n");
            return;
        }
        ok.node().action.run(this, ok.args());
        flush(f);
    }

    @Override
    public void execute(String line, Mode as) throws IOException {
        Mode saved = mode;
        mode = as;
        try {
            handle(line);
        } finally {
            if (mode == as) {
                mode = saved;
            }
        }
    }

    // ---- line editing

    private String readCommand() throws IOException {
        StringBuilder buf = new StringBuilder();
        write(prompt());
        while (true) {
            int k = in.key();
            switch (k) {
                case -1 -> {
                    return null;
                }
                case '\r' -> {
                    write("\r\n");
                    return buf.toString();
                }
                case '?' -> {
                    write("?\r\n");
                    List<String> help = Parser.help(table.root(mode), buf.toString());
                    write(help == null ? "% Unrecognized command\r\n" : String.join("\r\n", help) + "\r\n\r\n");
                    write(prompt() + buf);
                }
                case '\t' -> {
                    String word = Parser.complete(table.root(mode), buf.toString());
                    if (word != null) {
                        int start = buf.lastIndexOf(" ") + 1;
                        String add = word.substring(buf.length() - start) + " ";
                        buf.append(add);
                        write(add);
                    }
                }
                case 0x7f, 0x08 -> {
                    if (!buf.isEmpty()) {
                        buf.setLength(buf.length() - 1);
                        write("\b \b");
                    }
                }
                case 0x15 -> {
                    write("\b \b".repeat(buf.length()));
                    buf.setLength(0);
                }
                case 0x03, 0x1a -> {
                    write(k == 0x1a ? "^Z\r\n" : "^C\r\n");
                    if (mode.isConfig()) {
                        mode = Mode.PRIV_EXEC;
                    }
                    return "";
                }
                case 0x1b -> {
                    if (in.key() == '[') {
                        in.key();
                    }
                }
                default -> {
                    if (k >= 0x20 && k < 0x7f && buf.length() < MAX_LINE) {
                        buf.append((char) k);
                        write(String.valueOf((char) k));
                    }
                }
            }
        }
    }

    @Override
    public String readLine(String prompt, boolean echo) throws IOException {
        flush(null);
        write(prompt);
        StringBuilder buf = new StringBuilder();
        while (true) {
            int k = in.key();
            if (k < 0) {
                return null;
            }
            if (k == '\r') {
                write("\r\n");
                return buf.toString();
            }
            if ((k == 0x7f || k == 0x08) && !buf.isEmpty()) {
                buf.setLength(buf.length() - 1);
            } else if (k >= 0x20 && buf.length() < MAX_LINE) {
                buf.append((char) k);
                if (echo) {
                    write(String.valueOf((char) k));
                }
            }
        }
    }

    @Override
    public boolean confirm(String prompt) throws IOException {
        flush(null);
        write(prompt);
        int k = in.key();
        write("\r\n");
        return k == '\r' || k == 'y' || k == 'Y';
    }

    // ---- output

    @Override
    public void print(String text) {
        pending.append(text);
    }

    @Override
    public void flushNow() throws IOException {
        flush(null);
    }

    /** Writes the pending output through the filter and the pager. */
    private void flush(OutputFilter filter) throws IOException {
        if (pending.isEmpty()) {
            return;
        }
        String text = pending.toString();
        pending.setLength(0);
        List<String> lines = List.of(text.split("\n", -1));
        if (filter != null) {
            lines = filter.apply(lines.subList(0, lines.size() - (text.endsWith("\n") ? 1 : 0)));
            lines = new ArrayList<>(lines);
            lines.add("");
        }
        int shown = 0;
        for (int i = 0; i < lines.size(); i++) {
            boolean last = i == lines.size() - 1;
            write(lines.get(i) + (last ? "" : "\r\n"));
            shown++;
            if (length > 0 && !last && shown >= length - 1 && i < lines.size() - 2) {
                write(MORE);
                int k = in.key();
                write("\b".repeat(MORE.length()) + " ".repeat(MORE.length()) + "\b".repeat(MORE.length()));
                if (k == ' ') {
                    shown = 0;
                } else if (k == '\r') {
                    shown = length - 2;
                } else {
                    return;
                }
            }
        }
    }

    private void write(String s) throws IOException {
        if (closed) {
            throw new IOException("session closed");
        }
        out.write(s.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    // ---- Terminal

    @Override
    public Mode mode() {
        return mode;
    }

    @Override
    public void mode(Mode m) {
        mode = m;
    }

    @Override
    public void terminalLength(int lines) {
        length = lines;
    }

    @Override
    public void close() {
        closed = true;
    }

    /** Cuts the TCP connection without a goodbye, as a crashing or rebooting controller does. */
    public void drop() {
        closed = true;
        if (channel != null) {
            channel.getSession().getIoSession().close(true);
        }
    }

    @Override
    public String peer() {
        var a = channel.getSession().getClientAddress();
        return a instanceof InetSocketAddress i ? i.getAddress().getHostAddress() : String.valueOf(a);
    }

    @Override
    public String user() {
        return channel.getSession().getUsername();
    }

    @Override
    public String profile() {
        return profile;
    }

    @Override
    public void profile(String name) {
        profile = name;
    }
}
