package org.ewcstation.services.ewc.link;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ewcstation.services.ewc.capture.CaptureListener;
import org.ewcstation.services.ewc.capture.CaptureManifest;
import org.ewcstation.services.ewc.capture.FieldCapture;
import org.ewcstation.services.ewc.dialect.ActionForm;
import org.ewcstation.services.ewc.dialect.ActionLimits;
import org.ewcstation.services.ewc.dialect.ActionRunner;
import org.ewcstation.services.ewc.dialect.ActionWatch;
import org.ewcstation.services.ewc.dialect.ControllerDialect;
import org.ewcstation.services.ewc.dialect.DialectProbe;
import org.ewcstation.services.ewc.model.ImageDownloadProfile;
import org.ewcstation.services.ewc.model.InstallSummary;
import org.ewcstation.services.ewc.model.PingResult;
import org.ewcstation.services.ewc.model.VersionInfo;
import org.ewcstation.services.ewc.ops.ControllerPing;
import org.ewcstation.services.ewc.ops.ImageDownloadProfiles;
import org.ewcstation.services.ewc.ops.ProfileRequest;
import org.ewcstation.services.ewc.ops.PushResult;
import org.ewcstation.services.ewc.parse.ShowInstallSummaryParser;
import org.ewcstation.services.ewc.parse.ShowVersionParser;
import org.ewcstation.services.ewc.poll.ApSnapshotReader;
import org.ewcstation.services.ewc.poll.EwcPoller;
import org.ewcstation.services.ewc.poll.PollListener;
import org.ewcstation.services.ewc.poll.PollSettings;
import org.ewcstation.services.ewc.session.Answers;
import org.ewcstation.services.ewc.session.EwcConnector;
import org.ewcstation.services.ewc.session.EwcCredentials;
import org.ewcstation.services.ewc.session.EwcEndpoint;
import org.ewcstation.services.ewc.session.EwcError;
import org.ewcstation.services.ewc.session.EwcException;
import org.ewcstation.services.ewc.session.EwcSession;
import org.ewcstation.services.ewc.session.TranscriptListener;
import org.ewcstation.services.upgrade.ControllerPort;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Everything the cockpit does with one controller: connect and identify it, keep the AP table polled, and run
 * the upgrade's commands. The poller owns one session; each operation opens its own short session, so a
 * push never waits behind a poll and a dropped poll session never loses a push. Blocking: call it off the
 * FX thread.
 */
public final class ControllerLink implements ControllerPort, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ControllerLink.class);

    static final Duration ACTION_TIMEOUT = Duration.ofSeconds(60);

    private final EwcConnector connector;
    private final EwcEndpoint endpoint;
    private final EwcCredentials credentials;
    private final TranscriptListener transcript;
    private final PollSettings pollSettings;
    private final Clock clock;
    private EwcPoller poller;
    private VersionInfo version;
    private ControllerDialect dialect;

    public ControllerLink(
            EwcConnector connector,
            EwcEndpoint endpoint,
            EwcCredentials credentials,
            TranscriptListener transcript,
            PollSettings pollSettings,
            Clock clock) {
        this.connector = connector;
        this.endpoint = endpoint;
        this.credentials = credentials;
        this.transcript = transcript;
        this.pollSettings = pollSettings;
        this.clock = clock;
    }

    public EwcEndpoint endpoint() {
        return endpoint;
    }

    /** The same controller with other credentials (an enable secret asked for after the first login). */
    public ControllerLink with(EwcCredentials other) {
        return new ControllerLink(connector, endpoint, other, transcript, pollSettings, clock);
    }

    public EwcCredentials credentials() {
        return credentials;
    }

    @Override
    public String controller() {
        return endpoint.toString();
    }

    /**
     * Logs in to identify the controller (fails fast on a wrong password or a changed host key, and with
     * {@link EwcError#ENABLE_NEEDED} when the login lands at the user prompt and no enable secret was given: the
     * upgrade's commands need privileged mode).
     */
    @Override
    public VersionInfo identify() throws EwcException {
        try (EwcSession s = open()) {
            if (!s.mode().privileged()) {
                throw new EwcException(EwcError.ENABLE_NEEDED, null, endpoint.toString());
            }
            VersionInfo v =
                    new ShowVersionParser().parse(s.exec("show version")).value();
            synchronized (this) {
                version = v;
            }
            return v;
        }
    }

    /** Starts polling {@code show ap image} / {@code show ap summary}; the listener sees every snapshot. */
    public synchronized void startPolling(PollListener listener) {
        if (poller != null) {
            return;
        }
        poller = new EwcPoller(
                        endpoint.host() + ":" + endpoint.port(),
                        this::open,
                        pollSettings,
                        new ApSnapshotReader(clock),
                        listener)
                .start();
    }

    @Override
    public synchronized void pollNow() {
        if (poller != null) {
            poller.pollNow();
        }
    }

    public synchronized VersionInfo version() {
        return version;
    }

    /**
     * The upgrade commands this controller knows, probed with context help on the first call and kept for the
     * link's life (a reload onto another release starts a new link's probe only when reconnected by hand).
     */
    @Override
    public ControllerDialect dialect() throws EwcException {
        synchronized (this) {
            if (dialect != null) {
                return dialect;
            }
        }
        try (EwcSession s = open()) {
            ControllerDialect d = new DialectProbe().probe(s);
            synchronized (this) {
                dialect = d;
            }
            return d;
        }
    }

    public ImageDownloadProfile readProfile(String name) throws EwcException {
        try (EwcSession s = open()) {
            return new ImageDownloadProfiles().read(s, name);
        }
    }

    /** Pushes the profile, reads it back and compares; see {@link PushResult#ok()}. */
    @Override
    public PushResult push(ProfileRequest request) throws EwcException {
        try (EwcSession s = open()) {
            return new ImageDownloadProfiles().push(s, request);
        }
    }

    @Override
    public void saveConfig() throws EwcException {
        try (EwcSession s = open()) {
            s.exec("write memory", Answers.NONE, ACTION_TIMEOUT);
        }
    }

    /** Sends an action's lines exactly as the workflow showed them, under the default limits of a long action. */
    @Override
    public String perform(ActionForm form) throws EwcException {
        return perform(form, ActionLimits.DEFAULTS, ActionWatch.NONE);
    }

    /**
     * Sends an action's lines and reads each one's stream to its end (the install engine blocks for minutes). The
     * short {@link #ACTION_TIMEOUT} is for short commands only; an action has its own limit.
     */
    @Override
    public String perform(ActionForm form, ActionLimits limits, ActionWatch watch) throws EwcException {
        try (EwcSession s = open()) {
            String out = new ActionRunner(limits).perform(s, form, watch);
            pollNow();
            return out;
        }
    }

    /** The install engine's state; empty when the controller answers that it does not know the command. */
    @Override
    public Optional<InstallSummary> installSummary() throws EwcException {
        try (EwcSession s = open()) {
            var parsed = new ShowInstallSummaryParser().parse(s.exec("show install summary"));
            parsed.problems().forEach(p -> LOG.info("show install summary line not understood: {}", p.line()));
            return parsed.value().packages().isEmpty() ? Optional.empty() : Optional.of(parsed.value());
        } catch (EwcException e) {
            if (e.error() == EwcError.INVALID_INPUT) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /** Sends the controller's syslog to us ({@code logging host}), so its install and AP events reach the log pane. */
    public void sendSyslogTo(String host, int port) throws EwcException {
        try (EwcSession s = open()) {
            s.configure(List.of("logging host " + host + (port == 514 ? "" : " transport udp port " + port)));
        }
    }

    public PingResult ping(String address) throws EwcException {
        try (EwcSession s = open()) {
            return new ControllerPing(ACTION_TIMEOUT).ping(s, address);
        }
    }

    /** A field capture of this controller into {@code zip}: read-only commands and context help, secrets masked. */
    public CaptureManifest capture(FieldCapture capture, Path zip, CaptureListener listener)
            throws EwcException, IOException {
        List<String> secrets = new ArrayList<>();
        secrets.add(credentials.password());
        if (credentials.enableSecret() != null) {
            secrets.add(credentials.enableSecret());
        }
        return capture.capture(this::open, secrets, zip, listener);
    }

    private EwcSession open() throws EwcException {
        return connector.connect(endpoint, credentials, transcript);
    }

    @Override
    public synchronized void close() {
        if (poller != null) {
            poller.close();
            poller = null;
        }
    }
}
