package org.ewcstation.services.history;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ewcstation.services.store.Store;

/**
 * What each controller's context help accepted, as last probed: the family, and per action the form chosen or
 * the forms tried in vain. The window shows it in the controller's details, also before it connects.
 */
public final class ControllerDialects {

    /**
     * One action as probed. {@code action} is an {@code UpgradeAction} name; {@code commands} the lines chosen
     * (accepted) or the forms tried (not accepted), as sent.
     */
    public record Form(String action, boolean accepted, String commands) {}

    /** One controller's last probe. {@code family} is empty when it knew none of the families. */
    public record Entry(String controller, String release, String family, List<Form> forms, Instant probedAt) {

        public Entry {
            forms = List.copyOf(forms);
        }
    }

    private final Store store;
    private final Clock clock;

    public ControllerDialects(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Stores the probe's result for {@code controller} ({@code host:port}), replacing the previous one. */
    public void record(String controller, String release, String family, List<Form> forms) {
        StringBuilder text = new StringBuilder();
        for (Form f : forms) {
            // tabs and new lines never occur in a command line the controller accepted
            text.append(f.action()).append('\t').append(f.accepted() ? 1 : 0).append('\t');
            text.append(f.commands().replace('\t', ' ').replace('\n', ' ')).append('\n');
        }
        store.withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO controller_dialect(controller, release, family, forms, probed_at) VALUES(?,?,?,?,?) "
                            + "ON CONFLICT(controller) DO UPDATE SET release = excluded.release, "
                            + "family = excluded.family, forms = excluded.forms, probed_at = excluded.probed_at")) {
                ps.setString(1, controller);
                ps.setString(2, release == null ? "" : release);
                ps.setString(3, family == null ? "" : family);
                ps.setString(4, text.toString());
                ps.setString(5, clock.instant().toString());
                return ps.executeUpdate();
            }
        });
    }

    public Optional<Entry> find(String controller) {
        return store.withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT release, family, forms, probed_at FROM controller_dialect WHERE controller = ?")) {
                ps.setString(1, controller);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    return Optional.of(new Entry(
                            controller,
                            rs.getString(1),
                            rs.getString(2),
                            forms(rs.getString(3)),
                            Instant.parse(rs.getString(4))));
                }
            }
        });
    }

    private static List<Form> forms(String text) {
        List<Form> out = new ArrayList<>();
        for (String line : text.split("\n")) {
            String[] f = line.split("\t", 3);
            if (f.length == 3) {
                out.add(new Form(f[0], "1".equals(f[1]), f[2]));
            }
        }
        return out;
    }
}
