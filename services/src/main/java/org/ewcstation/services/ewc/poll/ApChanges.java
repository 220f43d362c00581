package org.ewcstation.services.ewc.poll;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What changed between two snapshots: APs that appeared, disappeared, or changed in any field. */
public record ApChanges(List<ApStatus> added, List<ApStatus> removed, List<Change> changed, boolean countsChanged) {

    public record Change(ApStatus before, ApStatus after) {}

    public ApChanges {
        added = List.copyOf(added);
        removed = List.copyOf(removed);
        changed = List.copyOf(changed);
    }

    public boolean empty() {
        return added.isEmpty() && removed.isEmpty() && changed.isEmpty() && !countsChanged;
    }

    /** The changes from {@code before} (null for the first snapshot: everything is added) to {@code after}. */
    public static ApChanges between(ApSnapshot before, ApSnapshot after) {
        Map<String, ApStatus> old = new LinkedHashMap<>();
        if (before != null) {
            before.aps().forEach(a -> old.put(a.name(), a));
        }
        List<ApStatus> added = new ArrayList<>();
        List<Change> changed = new ArrayList<>();
        for (ApStatus a : after.aps()) {
            ApStatus b = old.remove(a.name());
            if (b == null) {
                added.add(a);
            } else if (!b.equals(a)) {
                changed.add(new Change(b, a));
            }
        }
        boolean counts = before == null || !before.counts().equals(after.counts());
        return new ApChanges(added, new ArrayList<>(old.values()), changed, counts);
    }
}
