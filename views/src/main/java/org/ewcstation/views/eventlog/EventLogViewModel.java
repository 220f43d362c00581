package org.ewcstation.views.eventlog;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;
import javafx.collections.transformation.FilteredList;
import org.ewcstation.views.fx.Localization;

/**
 * The log pane's state: a bounded timeline, filters by source and minimum level, a search, and whether
 * the view follows new lines (paused while the user reads older ones).
 */
public final class EventLogViewModel {

    /** Oldest lines are dropped past this; the full history stays in the store. */
    public static final int MAX_LINES = 20_000;

    static final DateTimeFormatter EXPORT_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS").withZone(ZoneId.systemDefault());

    private final Localization loc;
    private final ObservableList<LogEntry> entries = FXCollections.observableArrayList();
    private final FilteredList<LogEntry> visible = new FilteredList<>(entries, e -> true);
    private final StringProperty search = new SimpleStringProperty("");
    private final ObservableSet<LogEntry.Source> sources =
            FXCollections.observableSet(EnumSet.allOf(LogEntry.Source.class));
    private final ObjectProperty<LogEntry.Level> minLevel = new SimpleObjectProperty<>(LogEntry.Level.INFO);
    private final BooleanProperty followTail = new SimpleBooleanProperty(true);

    public EventLogViewModel(Localization loc) {
        this.loc = loc;
        search.addListener((obs, old, now) -> refilter());
        minLevel.addListener((obs, old, now) -> refilter());
        sources.addListener((SetChangeListener<LogEntry.Source>) c -> refilter());
        loc.messagesProperty().addListener((obs, old, now) -> refilter());
    }

    private void refilter() {
        String n = search.get() == null ? "" : search.get().strip().toLowerCase(Locale.ROOT);
        Set<LogEntry.Source> wanted = EnumSet.noneOf(LogEntry.Source.class);
        wanted.addAll(sources);
        LogEntry.Level min = minLevel.get() == null ? LogEntry.Level.INFO : minLevel.get();
        Predicate<LogEntry> p = e -> wanted.contains(e.source())
                && e.level().compareTo(min) >= 0
                && (n.isEmpty()
                        || render(e).toLowerCase(Locale.ROOT).contains(n)
                        || (e.peer() != null && e.peer().contains(n)));
        visible.setPredicate(p);
    }

    /** Appends a batch (FX thread), trimming the oldest lines past {@link #MAX_LINES}. */
    public void append(Collection<LogEntry> batch) {
        entries.addAll(batch);
        int excess = entries.size() - MAX_LINES;
        if (excess > 0) {
            entries.remove(0, excess);
        }
    }

    public String render(LogEntry e) {
        return loc.messages().text(e.message());
    }

    /** Writes the visible lines, as shown, to a UTF-8 text file (tab-separated). */
    public int export(Path file) throws IOException {
        int n = 0;
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (LogEntry e : visible) {
                w.write(EXPORT_TIME.format(e.time())
                        + '\t'
                        + e.source()
                        + '\t'
                        + (e.peer() == null ? "" : e.peer())
                        + '\t'
                        + e.level()
                        + '\t'
                        + render(e).replace('\n', ' ')
                        + System.lineSeparator());
                n++;
            }
        }
        return n;
    }

    /** Every line kept, whatever the filters (the AP detail pane picks an AP's own lines from these). */
    public ObservableList<LogEntry> allEntries() {
        return FXCollections.unmodifiableObservableList(entries);
    }

    public ObservableList<LogEntry> visibleEntries() {
        return visible;
    }

    public int size() {
        return entries.size();
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObservableSet<LogEntry.Source> sources() {
        return sources;
    }

    public ObjectProperty<LogEntry.Level> minLevelProperty() {
        return minLevel;
    }

    public BooleanProperty followTailProperty() {
        return followTail;
    }
}
