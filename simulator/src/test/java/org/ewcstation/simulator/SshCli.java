package org.ewcstation.simulator;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.EnumSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.channel.ChannelShell;
import org.apache.sshd.client.channel.ClientChannelEvent;
import org.apache.sshd.client.keyverifier.AcceptAllServerKeyVerifier;
import org.apache.sshd.client.session.ClientSession;

/**
 * A scripted SSH client with a pty shell, as a technician's terminal or our EWC client would open it:
 * sends keys and waits (on a monitor, never sleeping) until the expected text has arrived.
 *
 * <p>Its keys go through a pipe, which dies with the last thread that wrote to it: wait with Awaitility's
 * {@code pollInSameThread()} when the condition types commands.
 */
final class SshCli implements AutoCloseable {

    static final Duration WAIT = Duration.ofSeconds(20);

    private final SshClient client = SshClient.setUpDefaultClient();
    private final ClientSession session;
    private final ChannelShell shell;
    private final OutputStream keys;
    private final StringBuilder screen = new StringBuilder();
    private int mark;
    private String serverVersion;

    SshCli(SimulatedEwc ewc, String user, String password) throws IOException {
        client.setServerKeyVerifier(AcceptAllServerKeyVerifier.INSTANCE);
        client.start();
        session = client.connect(user, ewc.host(), ewc.sshPort()).verify(WAIT).getSession();
        session.addPasswordIdentity(password);
        session.auth().verify(WAIT);
        serverVersion = session.getServerVersion();
        shell = session.createShellChannel();
        shell.setPtyType("vt100");
        shell.setPtyColumns(200);
        PipedOutputStream toServer = new PipedOutputStream();
        shell.setIn(new PipedInputStream(toServer, 1 << 16));
        keys = toServer;
        shell.setOut(new OutputStream() {
            @Override
            public void write(int b) {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) {
                synchronized (screen) {
                    screen.append(new String(b, off, len, StandardCharsets.UTF_8));
                    screen.notifyAll();
                }
            }
        });
        shell.open().verify(WAIT);
    }

    static SshCli login(SimulatedEwc ewc) throws IOException {
        return new SshCli(ewc, ewc.settings().user(), ewc.settings().password());
    }

    String serverVersion() {
        return serverVersion;
    }

    SshCli send(String text) throws IOException {
        keys.write(text.getBytes(StandardCharsets.UTF_8));
        keys.flush();
        return this;
    }

    /** Waits for {@code regex} in the output after the last match; returns everything up to its end. */
    String expect(String regex) {
        Pattern p = Pattern.compile(regex, Pattern.MULTILINE);
        long deadline = System.nanoTime() + WAIT.toNanos();
        synchronized (screen) {
            while (true) {
                Matcher m = p.matcher(screen);
                if (m.find(mark)) {
                    String got = screen.substring(mark, m.end());
                    mark = m.end();
                    return got;
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError("Timed out waiting for /" + regex + "/; screen since last match:\n"
                            + screen.substring(mark));
                }
                try {
                    screen.wait(Math.max(1, left / 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new AssertionError(e);
                }
            }
        }
    }

    /** Types a command with CR and returns its output up to the next prompt ending in {@code promptEnd}. */
    String cmd(String line, String promptEnd) throws IOException {
        send(line + "\r");
        String out = expect("\\r\\n" + Pattern.quote("WLC-EWC" + promptEnd));
        return out;
    }

    /** A configuration command: waits for any {@code WLC-EWC(config...)#} prompt. */
    String cfg(String line) throws IOException {
        send(line + "\r");
        return expect("\\r\\nWLC-EWC\\([^)]*\\)#");
    }

    String priv(String line) throws IOException {
        return cmd(line, "#");
    }

    /** Logs in, enables, sets terminal length 0; returns ready at {@code WLC-EWC#}. */
    static SshCli enabled(SimulatedEwc ewc) throws IOException {
        SshCli c = login(ewc);
        c.expect("WLC-EWC>");
        c.send("enable\r").expect("Password: ");
        c.send(ewc.settings().enableSecret() + "\r").expect("WLC-EWC#");
        c.priv("terminal length 0");
        return c;
    }

    boolean closedByServer() {
        var events = shell.waitFor(EnumSet.of(ClientChannelEvent.CLOSED), WAIT);
        return events.contains(ClientChannelEvent.CLOSED);
    }

    String screen() {
        synchronized (screen) {
            return screen.toString();
        }
    }

    @Override
    public void close() throws IOException {
        try {
            shell.close(true);
            session.close(true);
        } finally {
            client.stop();
        }
    }
}
