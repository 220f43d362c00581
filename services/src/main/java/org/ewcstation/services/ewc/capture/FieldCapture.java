package org.ewcstation.services.ewc.capture;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ewcstation.services.ewc.capture.CaptureManifest.Entry;
import org.ewcstation.services.ewc.capture.CaptureManifest.Outcome;
import org.ewcstation.services.ewc.capture.CapturePlan.Step;
import org.ewcstation.services.ewc.model.DownloadMode;
import org.ewcstation.services.ewc.model.ImageDownloadProfile;
import org.ewcstation.services.ewc.parse.ImageDownloadProfileParser;
import org.ewcstation.services.ewc.poll.EwcPoller;
import org.ewcstation.services.ewc.session.Answers;
import org.ewcstation.services.ewc.session.ConfigContextHelp;
import org.ewcstation.services.ewc.session.ContextHelp;
import org.ewcstation.services.ewc.session.EwcException;
import org.ewcstation.services.ewc.session.EwcSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a technician sends back the first time a real controller differs from what this tool expects: the
 * {@link CapturePlan}'s read-only outputs and context help, every secret masked, with a manifest saying which
 * command answered what, was refused or timed out, in one zip. A lost or stuck session is opened again for the
 * remaining steps; a step that would need a configuration change to reach is skipped and says why.
 */
public final class FieldCapture {

    private static final Logger LOG = LoggerFactory.getLogger(FieldCapture.class);
    private static final Duration SHOW_TIMEOUT = Duration.ofSeconds(90);

    private final String toolVersion;
    private final Clock clock;

    public FieldCapture(String toolVersion, Clock clock) {
        this.toolVersion = toolVersion;
        this.clock = clock;
    }

    /**
     * Runs the capture over sessions from {@code opener} and writes {@code zip}. {@code knownSecrets} (the login
     * password, the enable secret) are masked wherever they appear. Fails only when the first login fails or the
     * zip cannot be written; every command's own failure is recorded in the manifest.
     */
    public CaptureManifest capture(
            EwcPoller.SessionSource opener, Collection<String> knownSecrets, Path zip, CaptureListener listener)
            throws EwcException, IOException {
        OutputMasker masker = new OutputMasker(knownSecrets);
        List<Step> plan = CapturePlan.standard();
        listener.started(plan.size());
        Instant at = clock.instant();
        Run run = new Run(opener, masker, opener.open());
        String host = run.session.endpoint().host();
        int port = run.session.endpoint().port();
        String hostname = run.session.hostname();
        try {
            for (int i = 0; i < plan.size(); i++) {
                Entry e = run.step(plan.get(i), plan.get(i).file(i + 1));
                run.entries.add(e);
                listener.step(i + 1, plan.size(), e);
            }
        } finally {
            run.close();
        }
        CaptureManifest m = new CaptureManifest(
                CaptureManifest.FORMAT, "EWC Station", toolVersion, at.toString(), host, port, hostname, run.entries);
        new CaptureArchive(m, run.texts).write(zip);
        LOG.info(
                "Capture of {} written to {} ({} steps)", host, zip, m.entries().size());
        return m;
    }

    /** One capture's sessions and results. */
    private static final class Run {
        final EwcPoller.SessionSource opener;
        final OutputMasker masker;
        final List<Entry> entries = new ArrayList<>();
        final Map<String, String> texts = new LinkedHashMap<>();
        EwcSession session;
        boolean gaveUp;
        String lostBecause = "";
        ImageDownloadProfile profile; // the default profile as the running configuration shows it
        boolean profileRead;

        Run(EwcPoller.SessionSource opener, OutputMasker masker, EwcSession first) {
            this.opener = opener;
            this.masker = masker;
            this.session = first;
        }

        Entry step(Step step, String file) {
            String skip = skipReason(step);
            if (skip != null) {
                return new Entry(null, step.kind(), step.command(), step.configPath(), Outcome.SKIPPED, skip, 0);
            }
            if (!ensureSession()) {
                return new Entry(null, step.kind(), step.command(), step.configPath(), Outcome.FAILED, lostBecause, 0);
            }
            long t0 = System.nanoTime();
            Outcome outcome;
            String detail = null;
            String text;
            try {
                if (step.kind() == CapturePlan.Kind.SHOW) {
                    String raw = session.exec(step.command(), Answers.NONE, SHOW_TIMEOUT);
                    remember(step, raw);
                    text = masker.mask(raw);
                    outcome = Outcome.ANSWERED;
                } else {
                    ContextHelp h = step.kind() == CapturePlan.Kind.HELP
                            ? session.help(step.partial())
                            : ConfigContextHelp.help(session, step.configPath(), step.partial());
                    text = masker.maskKnown(helpText(h));
                    outcome = h.error() == null ? Outcome.ANSWERED : Outcome.REFUSED;
                    detail = h.error() == null ? null : masker.maskKnown(h.error());
                }
            } catch (EwcException e) {
                outcome = outcomeOf(e);
                detail = masker.mask(e.controllerText());
                text = detail;
                if (outcome == Outcome.TIMED_OUT || outcome == Outcome.FAILED) {
                    dropSession(e);
                }
            }
            long millis = (System.nanoTime() - t0) / 1_000_000;
            texts.put(file, text);
            return new Entry(file, step.kind(), step.command(), step.configPath(), outcome, detail, millis);
        }

        /** Configuration paths are entered only when the running configuration shows they change nothing. */
        private String skipReason(Step step) {
            if (!step.configPath().contains(CapturePlan.DEFAULT_PROFILE)) {
                return null;
            }
            if (!profileRead) {
                return "profileUnknown";
            }
            if (profile == null) {
                return "noDefaultProfile";
            }
            if (step.configPath().contains(CapturePlan.SFTP_MODE) && profile.mode() != DownloadMode.SFTP) {
                return "profileNotSftp";
            }
            return null;
        }

        private void remember(Step step, String raw) {
            if (step.command().equals(CapturePlan.RUNNING_PROFILE)) {
                profileRead = true;
                profile = new ImageDownloadProfileParser()
                        .parseAll(raw).value().stream()
                                .filter(p -> p.name().equals("default"))
                                .findFirst()
                                .orElse(null);
            }
        }

        private boolean ensureSession() {
            if (session != null && session.isOpen()) {
                return true;
            }
            if (gaveUp) {
                return false;
            }
            try {
                session = opener.open();
                return true;
            } catch (EwcException e) {
                gaveUp = true;
                lostBecause = masker.mask(e.getMessage());
                LOG.info(
                        "Capture: the controller cannot be reached again ({}); the remaining steps are not run",
                        e.error());
                return false;
            }
        }

        private void dropSession(EwcException e) {
            LOG.info("Capture: session dropped after {} on '{}'", e.error(), e.command());
            if (session != null) {
                session.close();
            }
            session = null;
        }

        void close() {
            if (session != null) {
                session.close();
            }
        }
    }

    static Outcome outcomeOf(EwcException e) {
        return switch (e.error()) {
            case INVALID_INPUT,
                    INCOMPLETE_COMMAND,
                    AMBIGUOUS_COMMAND,
                    COMMAND_REJECTED,
                    NOT_SUPPORTED,
                    CONFIRMATION_DECLINED -> Outcome.REFUSED;
            case TIMEOUT -> Outcome.TIMED_OUT;
            default -> Outcome.FAILED;
        };
    }

    /** Context help as the controller printed it: the offered lines, then its error (with the caret line). */
    static String helpText(ContextHelp h) {
        StringBuilder sb = new StringBuilder(String.join("\n", h.lines()));
        if (h.error() != null) {
            sb.append(sb.isEmpty() ? "" : "\n").append(h.error());
        }
        return sb.toString();
    }
}
