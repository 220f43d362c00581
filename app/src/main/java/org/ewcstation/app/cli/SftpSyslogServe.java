package org.ewcstation.app.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import org.ewcstation.i18n.Messages;
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

/**
 * Starts the SFTP server and the syslog receiver for {@code serve} and prints what the technician needs:
 * address, the account to copy into the controller's profile (the password in clear here and only here:
 * it was generated for them to copy; the logs mask it), host key fingerprints, then SFTP events and syslog
 * lines as they come. Closing it stops both in reverse order.
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
     * @param root     the image repository to serve read-only
     * @param bind     the address to listen on
     * @param dataDir  where the SFTP host keys live
     * @param env      the environment, for {@code --sftp-password-env}
     */
    public SftpSyslogServe start(
            SftpSyslogOptions options,
            Path root,
            String bind,
            Path dataDir,
            TransferListeners transfers,
            TransferRegistry registry,
            Map<String, String> env)
            throws Failed {
        try {
            if (options.sftpEnabled()) {
                startSftp(options, root, bind, dataDir, transfers, registry, env);
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

    private void startSftp(
            SftpSyslogOptions o,
            Path root,
            String bind,
            Path dataDir,
            TransferListeners transfers,
            TransferRegistry registry,
            Map<String, String> env)
            throws ServerStartException, Failed {
        SftpSettings settings =
                SftpSettings.defaults(root, dataDir.resolve("sftp")).withBind(bind, o.sftpPort);
        if (o.sftpPasswordEnv != null) {
            String password = env.get(o.sftpPasswordEnv);
            if (password == null || password.isEmpty()) {
                throw new Failed(messages.text("serve.sftp.error.passwordEnv", o.sftpPasswordEnv));
            }
            if (o.sftpUser == null) {
                throw new Failed(messages.text("serve.sftp.error.userNeeded"));
            }
            settings = settings.withCredentials(new SftpCredentials(o.sftpUser, password));
        } else if (o.sftpUser != null) {
            SftpCredentials generated = SftpCredentials.generate(new SecureRandom());
            settings = settings.withCredentials(new SftpCredentials(o.sftpUser, generated.password()));
        }
        TransferListener printer = this::printSftpEvent;
        transfers.add(printer);
        started.push(() -> transfers.remove(printer));
        SftpServer server = new SftpServer(settings, transfers, registry, new SecureRandom());
        SftpServerInfo info = server.start();
        started.push(server);
        out.println(messages.text(
                "serve.sftp.listening",
                root,
                info.address().getHostString(),
                String.valueOf(info.address().getPort())));
        out.println(messages.text(
                "serve.sftp.account",
                info.credentials().user(),
                info.credentials().password()));
        for (HostKeyFingerprint k : info.hostKeys()) {
            out.println(messages.text("serve.sftp.hostKey", k.type(), k.sha256()));
        }
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
