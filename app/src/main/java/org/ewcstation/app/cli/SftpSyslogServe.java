package org.ewcstation.app.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import org.ewcstation.i18n.Messages;
import org.ewcstation.i18n.Msg;
import org.ewcstation.servers.ServerStartException;
import org.ewcstation.servers.event.Protocol;
import org.ewcstation.servers.event.TransferEvent;
import org.ewcstation.servers.event.TransferListener;
import org.ewcstation.servers.event.TransferListeners;
import org.ewcstation.servers.event.TransferRegistry;
import org.ewcstation.servers.net.IpText;
import org.ewcstation.servers.sftp.HostKeyFingerprint;
import org.ewcstation.servers.sftp.SftpCredentials;
import org.ewcstation.servers.sftp.SftpServer;
import org.ewcstation.servers.sftp.SftpServerInfo;
import org.ewcstation.servers.sftp.SftpSettings;
import org.ewcstation.servers.syslog.SyslogEvent;
import org.ewcstation.servers.syslog.SyslogListener;
import org.ewcstation.servers.syslog.SyslogReceiver;
import org.ewcstation.servers.syslog.SyslogSettings;
import org.ewcstation.services.servers.SftpAccounts;

/**
 * Starts the SFTP server and the syslog receiver for {@code serve} and prints what the technician needs:
 * address, the account to copy into the controller's profile, host key fingerprints, then SFTP events and syslog
 * lines as they come. The account is the one the window keeps for this data folder: its password is printed once,
 * when it is generated, with where it is kept; a password given through the environment is never printed.
 * Closing it stops both in reverse order.
 */
public final class SftpSyslogServe implements AutoCloseable {

    /** A start that failed, already printed in the user's language. */
    public static final class Failed extends Exception {
        private static final long serialVersionUID = 1L;

        Failed(String message) {
            super(message);
        }
    }

    private final Messages messages;
    private final PrintStream out;
    private final Deque<AutoCloseable> started = new ArrayDeque<>();

    public SftpSyslogServe(Messages messages, PrintStream out) {
        this.messages = messages;
        this.out = out;
    }

    /**
     * What the servers are started with.
     *
     * @param dataDir where the SFTP host keys live
     * @param accounts the kept SFTP account of this data folder
     * @param env the environment, for {@code --sftp-password-env}
     */
    public record Sources(
            Path dataDir,
            TransferListeners transfers,
            TransferRegistry registry,
            SftpAccounts accounts,
            Map<String, String> env) {}

    /**
     * @param root     the image repository to serve read-only
     * @param bind     the address to listen on
     */
    public SftpSyslogServe start(SftpSyslogOptions options, Path root, String bind, Sources sources) throws Failed {
        try {
            if (options.sftpEnabled()) {
                startSftp(options, root, bind, sources);
            }
            if (options.syslogEnabled()) {
                startSyslog(options, bind);
            }
            return this;
        } catch (ServerStartException e) {
            close();
            throw new Failed(messages.text(e.messageKey(), e.args().toArray()));
        }
    }

    private void startSftp(SftpSyslogOptions o, Path root, String bind, Sources sources)
            throws ServerStartException, Failed {
        SftpSettings settings = SftpSettings.defaults(root, sources.dataDir().resolve("sftp"))
                .withBind(bind, o.sftpPort)
                .withOlderControllers(o.sftpOlderControllers);
        String account;
        if (o.sftpPasswordEnv != null) {
            String password = sources.env().get(o.sftpPasswordEnv);
            if (password == null || password.isEmpty()) {
                throw new Failed(messages.text("serve.sftp.error.passwordEnv", o.sftpPasswordEnv));
            }
            if (o.sftpUser == null) {
                throw new Failed(messages.text("serve.sftp.error.userNeeded"));
            }
            settings = settings.withCredentials(new SftpCredentials(o.sftpUser, password));
            account = messages.text("serve.sftp.accountGiven", o.sftpUser, o.sftpPasswordEnv);
        } else {
            account = keptAccount(o, sources.accounts());
            settings = settings.withCredentials(sources.accounts().current());
        }
        TransferListener printer = this::printSftpEvent;
        sources.transfers().add(printer);
        started.push(() -> sources.transfers().remove(printer));
        SftpServer server = new SftpServer(settings, sources.transfers(), sources.registry(), new SecureRandom());
        SftpServerInfo info = server.start();
        started.push(server);
        out.println(messages.text(
                "serve.sftp.listening",
                root,
                info.address().getHostString(),
                String.valueOf(info.address().getPort())));
        out.println(account);
        for (HostKeyFingerprint k : info.hostKeys()) {
            out.println(messages.text("serve.sftp.hostKey", k.type(), k.sha256()));
        }
        if (o.sftpOlderControllers) {
            out.println(messages.text("serve.sftp.olderControllers"));
        }
    }

    /** The kept account's line: the password only the once it is generated, always where it is kept. */
    private String keptAccount(SftpSyslogOptions o, SftpAccounts accounts) throws Failed {
        SftpCredentials c;
        try {
            c = o.sftpUser == null ? accounts.current() : accounts.withUser(o.sftpUser);
        } catch (IllegalArgumentException e) {
            throw new Failed(messages.text("settings.error.sftpUser"));
        }
        Msg where = Msg.of(accounts.store().kind().key(), accounts.store().where());
        // not "was the account just generated": the data folder's start asks for the account before serve does
        return accounts.showOnce()
                .map(shown -> messages.text("serve.sftp.accountGenerated", shown.user(), shown.password(), where))
                .orElseGet(() -> messages.text("serve.sftp.accountKept", c.user(), where));
    }

    private void startSyslog(SftpSyslogOptions o, String bind) throws ServerStartException {
        SyslogReceiver receiver =
                new SyslogReceiver(SyslogSettings.defaults().withBind(bind, o.syslogPort), new SyslogListener() {
                    @Override
                    public void onMessage(SyslogEvent e) {
                        out.println(messages.text(
                                "serve.syslog.line",
                                IpText.of(e.sender().getAddress()),
                                e.message().iosXe() != null
                                        ? e.message().iosXe().code() + ": "
                                                + e.message().iosXe().text()
                                        : e.message().text()));
                    }
                });
        var address = receiver.start();
        started.push(receiver);
        out.println(
                messages.text("serve.syslog.listening", address.getHostString(), String.valueOf(address.getPort())));
    }

    private void printSftpEvent(TransferEvent event) {
        if (event.protocol() != Protocol.SFTP) {
            return; // the TFTP part of serve prints its own
        }
        String line = SftpEventText.of(messages, event);
        if (line != null) {
            out.println(line);
        }
    }

    @Override
    public void close() {
        while (!started.isEmpty()) {
            try {
                started.pop().close();
            } catch (Exception e) {
                out.println(e);
            }
        }
    }
}
