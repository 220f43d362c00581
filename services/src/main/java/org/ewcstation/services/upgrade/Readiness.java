package org.ewcstation.services.upgrade;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.ewcstation.i18n.Msg;
import org.ewcstation.services.ewc.model.PredownloadPhase;
import org.ewcstation.services.ewc.poll.ApStatus;

/**
 * Whether the APs may be swapped onto the pre-downloaded image. An AP is ready when its pre-download is Complete
 * with the target version, that version sits in its backup slot (the swap makes it primary) and it does not
 * already run it (swapping such an AP would boot its old image: a downgrade).
 */
final class Readiness {

    private Readiness() {}

    /** Every AP of {@code scope} that is not ready, and why; empty when all are. */
    static List<ApIssue> issues(Collection<String> scope, List<ApStatus> aps, String target) {
        Map<String, ApStatus> byName = aps.stream()
                .collect(Collectors.toMap(ApStatus::name, Function.identity(), (a, b) -> b, LinkedHashMap::new));
        Collection<String> names = scope.isEmpty() ? byName.keySet() : scope;
        List<ApIssue> out = new ArrayList<>();
        for (String name : names) {
            ApStatus a = byName.get(name);
            Msg why = a == null ? Msg.of("upgrade.notReady.missing") : why(a, target);
            if (why != null) {
                out.add(new ApIssue(name, why));
            }
        }
        return out;
    }

    private static Msg why(ApStatus a, String target) {
        PredownloadPhase p = a.phase() == null ? PredownloadPhase.UNKNOWN : a.phase();
        return switch (p) {
            case INITIATED, DOWNLOADING, PREDOWNLOADING ->
                Msg.of("upgrade.notReady.downloading", a.percent() == null ? "?" : a.percent());
            case FAILED, ABORTED -> Msg.of("upgrade.notReady.failed", text(a.predownloadStatus()));
            case NOT_SUPPORTED -> Msg.of("upgrade.notReady.notSupported");
            case NONE, UNKNOWN -> Msg.of("upgrade.notReady.notStarted");
            case COMPLETE -> completeButNotReady(a, target);
        };
    }

    private static Msg completeButNotReady(ApStatus a, String target) {
        String v = version(a.predownloadVersion());
        if (target != null && !target.equals(v)) {
            return Msg.of("upgrade.notReady.otherVersion", text(v), target);
        }
        String wanted = target != null ? target : v;
        if (wanted != null && wanted.equals(version(a.primaryImage()))) {
            return Msg.of("upgrade.notReady.alreadyActive", wanted);
        }
        String backup = version(a.backupImage());
        if (wanted != null && backup != null && !wanted.equals(backup)) {
            return Msg.of("upgrade.notReady.backupDiffers", backup, wanted);
        }
        return null;
    }

    /**
     * The version every Complete AP pre-downloaded, when they agree (the target when the bundle names none);
     * empty when there is none or they disagree.
     */
    static Optional<String> commonVersion(List<ApStatus> aps) {
        List<String> v = aps.stream()
                .filter(a -> a.phase() == PredownloadPhase.COMPLETE)
                .map(a -> version(a.predownloadVersion()))
                .filter(Objects::nonNull)
                .distinct()
                .toList();
        return v.size() == 1 ? Optional.of(v.getFirst()) : Optional.empty();
    }

    /** A version as {@code show ap image} prints it, or null for none ({@code N/A}, {@code 0.0.0.0}, blank). */
    static String version(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        String v = s.strip();
        return v.equalsIgnoreCase("N/A") || v.equals("0.0.0.0") || v.equals("-") ? null : v;
    }

    private static String text(String s) {
        return s == null || s.isBlank() ? "-" : s.strip();
    }
}
