package org.ewcstation.services.ewc.poll;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ewcstation.services.ewc.model.ApImageEntry;
import org.ewcstation.services.ewc.model.ApImageReport;
import org.ewcstation.services.ewc.model.ApProgress;
import org.ewcstation.services.ewc.model.ApSummaryEntry;
import org.ewcstation.services.ewc.model.PredownloadPhase;
import org.ewcstation.services.ewc.model.PredownloadState;
import org.ewcstation.services.ewc.parse.ApImageTypes;
import org.ewcstation.services.ewc.parse.ApProgressParser;
import org.ewcstation.services.ewc.parse.ParseProblem;
import org.ewcstation.services.ewc.parse.Parsed;
import org.ewcstation.services.ewc.parse.PredownloadStatusParser;
import org.ewcstation.services.ewc.parse.ShowApImageParser;
import org.ewcstation.services.ewc.parse.ShowApSummaryParser;
import org.ewcstation.services.ewc.session.EwcError;
import org.ewcstation.services.ewc.session.EwcException;
import org.ewcstation.services.ewc.session.EwcSession;

/**
 * Takes one snapshot over an open session. The optional commands (controller-wide and per-AP pre-download
 * status) are dropped for the rest of the session once the controller says it does not know them.
 */
public final class ApSnapshotReader {

    static final String SHOW_IMAGE = "show ap image";
    static final String SHOW_SUMMARY = "show ap summary";
    static final String SHOW_PREDOWNLOAD = "show wireless ewc-ap predownload status";
    static final String SHOW_PROGRESS = "show wireless ewc-ap ap image predownload status";

    private final Clock clock;
    private final ApImageTypes imageTypes = new ApImageTypes();
    private boolean predownloadSupported = true;
    private boolean progressSupported = true;

    public ApSnapshotReader(Clock clock) {
        this.clock = clock;
    }

    public ApSnapshot read(EwcSession s) throws EwcException {
        List<ParseProblem> problems = new ArrayList<>();
        Parsed<ApImageReport> image = new ShowApImageParser().parse(s.exec(SHOW_IMAGE));
        problems.addAll(image.problems());
        var summary = new ShowApSummaryParser().parse(s.exec(SHOW_SUMMARY));
        problems.addAll(summary.problems());
        PredownloadState state = null;
        if (predownloadSupported) {
            String out = optional(s, SHOW_PREDOWNLOAD);
            if (out == null) {
                predownloadSupported = false;
            } else {
                var p = new PredownloadStatusParser().parse(out);
                problems.addAll(p.problems());
                state = p.value();
            }
        }
        Map<String, ApProgress> progress = new HashMap<>();
        if (progressSupported) {
            String out = optional(s, SHOW_PROGRESS);
            if (out == null) {
                progressSupported = false;
            } else {
                var p = new ApProgressParser().parse(out);
                problems.addAll(p.problems());
                p.value().forEach(x -> progress.put(x.apName(), x));
            }
        }
        return new ApSnapshot(
                clock.instant(),
                s.hostname(),
                image.value().counts(),
                state,
                join(image.value().aps(), summary.value().aps(), progress),
                problems);
    }

    private static String optional(EwcSession s, String command) throws EwcException {
        try {
            return s.exec(command);
        } catch (EwcException e) {
            if (e.error() == EwcError.INVALID_INPUT || e.error() == EwcError.INCOMPLETE_COMMAND) {
                return null;
            }
            throw e;
        }
    }

    List<ApStatus> join(List<ApImageEntry> images, List<ApSummaryEntry> summary, Map<String, ApProgress> progress) {
        Map<String, ApSummaryEntry> byName = new LinkedHashMap<>();
        summary.forEach(e -> byName.put(e.name(), e));
        List<ApStatus> out = new ArrayList<>();
        for (ApImageEntry i : images) {
            ApSummaryEntry m = byName.remove(i.name());
            ApProgress p = progress.get(i.name());
            String model = m == null ? null : m.model();
            out.add(new ApStatus(
                    i.name(),
                    model,
                    imageTypes.imageType(model),
                    m == null ? "" : mac(m.ethernetMac()),
                    m == null ? "" : mac(m.radioMac()),
                    m == null ? null : m.ipAddress(),
                    m == null ? null : m.state(),
                    i.primaryImage(),
                    i.backupImage(),
                    i.predownloadStatus(),
                    i.phase(),
                    i.predownloadVersion(),
                    i.nextRetryTime(),
                    i.retryCount(),
                    i.method(),
                    p == null ? null : p.percent(),
                    p == null ? null : p.eta()));
        }
        for (ApSummaryEntry m : byName.values()) { // joined but not (yet) in show ap image
            ApProgress p = progress.get(m.name());
            out.add(new ApStatus(
                    m.name(),
                    m.model(),
                    imageTypes.imageType(m.model()),
                    mac(m.ethernetMac()),
                    mac(m.radioMac()),
                    m.ipAddress(),
                    m.state(),
                    null,
                    null,
                    null,
                    PredownloadPhase.UNKNOWN,
                    null,
                    null,
                    0,
                    null,
                    p == null ? null : p.percent(),
                    p == null ? null : p.eta()));
        }
        return out;
    }

    /** As the controller prints it ({@code aaaa.bbbb.cccc}); empty when the row had none. */
    private static String mac(String s) {
        return s == null ? "" : s.strip();
    }
}
