package org.ewcstation.services.ewc.session;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.auth.keyboard.UserInteraction;
import org.apache.sshd.client.channel.ChannelShell;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.SshException;
import org.apache.sshd.common.channel.PtyChannelConfiguration;
import org.apache.sshd.core.CoreModuleProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens CLI sessions: TCP, SSH handshake with the host-key check, password or keyboard-interactive
 * login, then a shell with a pty. Each session owns its own client, so sessions never share state.
 */
public final class EwcConnector {

    private static final Logger LOG = LoggerFactory.getLogger(EwcConnector.class);

    private final HostKeyTrust trust;
    private final SessionSettings settings;
    private final HostKeyTrust.FirstContact firstContact;

    /** Trusts an unknown controller's key on first use. */
    public EwcConnector(HostKeyTrust trust, SessionSettings settings) {
        this(trust, settings, HostKeyTrust.FirstContact.TRUST);
    }

    private EwcConnector(HostKeyTrust trust, SessionSettings settings, HostKeyTrust.FirstContact firstContact) {
        this.trust = trust;
        this.settings = settings;
        this.firstContact = firstContact;
    }

    /**
     * The same connector, but an unknown controller's key is refused with {@link HostKeyUnknownException}
     * (nothing stored, no password sent) until the user accepts it: for the window, where someone can compare
     * the fingerprint with the controller's console.
     */
    public EwcConnector askingOnFirstContact() {
        return new EwcConnector(trust, settings, HostKeyTrust.FirstContact.ASK);
    }

    public SessionSettings settings() {
        return settings;
    }

    public EwcSession connect(EwcEndpoint endpoint, EwcCredentials credentials, TranscriptListener transcript)
            throws EwcException {
        SecretMasker masker = new SecretMasker();
        masker.add(credentials.password());
        masker.add(credentials.enableSecret());
        AtomicReference<HostKeyChange> refused = new AtomicReference<>();
        SshClient client = SshClient.setUpDefaultClient();
        SshAlgorithms.apply(client);
        client.setServerKeyVerifier(trust.verifierFor(endpoint, firstContact, refused));
        client.setUserInteraction(passwordOnly(credentials.password()));
        CoreModuleProperties.PREFERRED_AUTHS.set(client, settings.preferredAuths());
        client.start();
        ClientSession ssh = null;
        try {
            transcript.event(endpoint, "connecting");
            ssh = client.connect(credentials.username(), endpoint.host(), endpoint.port())
                    .verify(settings.connectTimeout())
                    .getSession();
            ssh.addPasswordIdentity(credentials.password());
            try {
                ssh.auth().verify(settings.authTimeout());
            } catch (SshException e) {
                throw classify(endpoint, e, refused.get(), ssh);
            }
            transcript.event(endpoint, "authenticated");
            PtyChannelConfiguration pty = new PtyChannelConfiguration();
            pty.setPtyType("vt100");
            pty.setPtyColumns(511); // wide enough that IOS never wraps a table row
            pty.setPtyLines(24);
            ChannelShell channel = ssh.createShellChannel(pty, Map.of());
            channel.open().verify(settings.connectTimeout());
            EwcSession session = new EwcSession(endpoint, client, ssh, channel, settings, transcript, masker);
            session.start(credentials);
            LOG.info("Connected to {} ({}) as {}", endpoint, session.hostname(), credentials.username());
            return session;
        } catch (EwcException e) {
            stop(client, ssh);
            throw e;
        } catch (SshException e) {
            stop(client, ssh);
            throw classify(endpoint, e, refused.get(), ssh);
        } catch (IOException | RuntimeException e) {
            stop(client, ssh);
            throw ConnectFailures.classify(endpoint, e);
        }
    }

    private static EwcException classify(EwcEndpoint endpoint, Exception e, HostKeyChange refused, ClientSession ssh) {
        if (refused != null) {
            return refused.firstContact() ? new HostKeyUnknownException(refused) : new HostKeyChangedException(refused);
        }
        return ConnectFailures.classify(endpoint, e);
    }

    /** Keyboard-interactive: answer each hidden prompt with the password, never anything else. */
    private static UserInteraction passwordOnly(String password) {
        return new UserInteraction() {
            @Override
            public String[] interactive(
                    ClientSession s, String name, String instruction, String lang, String[] prompts, boolean[] echo) {
                String[] answers = new String[prompts.length];
                for (int i = 0; i < prompts.length; i++) {
                    answers[i] = echo != null && i < echo.length && echo[i] ? "" : password;
                }
                return answers;
            }

            @Override
            public String getUpdatedPassword(ClientSession s, String prompt, String lang) {
                return null; // a forced password change is not ours to answer
            }
        };
    }

    private static void stop(SshClient client, ClientSession ssh) {
        try {
            if (ssh != null) {
                ssh.close(true);
            }
        } finally {
            client.stop();
        }
    }
}
