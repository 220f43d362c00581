package org.ewcstation.app.gui;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.ewcstation.i18n.Msg;
import org.ewcstation.i18n.Units;
import org.ewcstation.services.ewc.poll.ApSnapshot;
import org.ewcstation.services.upgrade.UpgradeProgress;
import org.ewcstation.services.upgrade.WorkflowEvents;
import org.ewcstation.views.aptable.ApRow;
import org.ewcstation.views.aptable.ApRows;
import org.ewcstation.views.aptable.ApTableViewModel;
import org.ewcstation.views.ewc.ControllerItem;
import org.ewcstation.views.ewc.ControllersViewModel;
import org.ewcstation.views.fx.Localization;

/**
 * The AP table of the selected controller: each poll's rows, plus the APs that left to reboot after activation and
 * are awaited ("rebooting, waiting to rejoin 1:05"), so the table never loses an AP while it reloads.
 */
final class ApTableFeed implements ControllersViewModel.ControllerEvents, WorkflowEvents {

    private final ApTableViewModel table;
    private final Localization loc;
    private final Map<String, UpgradeProgress> progress = new ConcurrentHashMap<>();

    ApTableFeed(ApTableViewModel table, Localization loc) {
        this.table = table;
        this.loc = loc;
    }

    @Override
    public void progress(String controller, UpgradeProgress p) {
        progress.put(controller, p);
    }

    @Override
    public void snapshot(ControllerItem c, ApSnapshot s) {
        UpgradeProgress p = progress.get(c.endpoint());
        List<ApRow> rows = new ArrayList<>(ApRows.of(s));
        if (p != null && !p.rebooting().isEmpty()) {
            Set<String> listed = s.aps().stream().map(a -> a.name()).collect(Collectors.toSet());
            Instant now = Instant.now();
            for (UpgradeProgress.Rebooting r : p.rebooting()) {
                if (!listed.contains(r.last().name())) {
                    String away = Units.duration(Duration.between(r.since(), now));
                    rows.add(ApRows.away(r.last(), loc.messages().text(Msg.of("aptable.rebooting", away))));
                }
            }
        }
        table.present(rows);
    }
}
