package org.ewcstation.services.upgrade;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ewcstation.services.ewc.poll.ApStatus;

/**
 * The APs awaited after activation. An AP counts as back once it is listed again after it went away: after the
 * controller itself was away (its reload takes every AP with it), or after a poll that did not list the AP. A poll
 * taken just after the commands, before anything rebooted, therefore counts nobody as back.
 */
final class Rejoin {

    private final Instant since;
    private final Map<String, ApStatus> last = new LinkedHashMap<>();
    private final Set<String> wentAway = new HashSet<>();
    private final Set<String> back = new HashSet<>();
    private boolean controllerAway;

    Rejoin(Instant since, List<ApStatus> scope) {
        this.since = since;
        scope.forEach(a -> last.put(a.name(), a));
    }

    void controllerAway() {
        controllerAway = true;
    }

    void seen(List<ApStatus> aps) {
        Set<String> listed = new HashSet<>();
        for (ApStatus a : aps) {
            listed.add(a.name());
            if (last.containsKey(a.name())) {
                last.put(a.name(), a);
                if (controllerAway || wentAway.contains(a.name())) {
                    back.add(a.name());
                }
            }
        }
        for (String name : last.keySet()) {
            if (!listed.contains(name)) {
                wentAway.add(name);
                back.remove(name);
            }
        }
    }

    boolean allBack() {
        return back.containsAll(last.keySet());
    }

    /** The APs still awaited, with their last row and since when. */
    List<UpgradeProgress.Rebooting> away() {
        return last.values().stream()
                .filter(a -> !back.contains(a.name()))
                .map(a -> new UpgradeProgress.Rebooting(a, since))
                .toList();
    }

    /** The rows of the APs that are back, as last polled. */
    List<ApStatus> backRows() {
        return last.values().stream().filter(a -> back.contains(a.name())).toList();
    }

    int total() {
        return last.size();
    }

    int backCount() {
        return back.size();
    }

    boolean overdue(Instant now, Duration timeout) {
        return !allBack() && Duration.between(since, now).compareTo(timeout) > 0;
    }

    Instant since() {
        return since;
    }
}
