package org.ewcstation.views.ewc;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.ewcstation.i18n.Msg;
import org.ewcstation.services.controllers.ControllerBook;
import org.ewcstation.services.controllers.SavedController;
import org.ewcstation.services.ewc.link.ControllerLink;
import org.ewcstation.services.ewc.poll.ApSnapshot;
import org.ewcstation.services.ewc.session.EwcCredentials;
import org.ewcstation.views.fx.Dialogs;
import org.ewcstation.views.fx.UiExecutors;

/**
 * The controllers the technician works with, remembered across restarts: connecting (in the background),
 * identifying, polling, editing, reconnecting and removing, and handing the selected controller's AP snapshots to
 * whoever shows them. Adding an address already listed selects it and never drops its working session.
 */
public final class ControllersViewModel implements AutoCloseable {

    private final ObservableList<ControllerItem> controllers = FXCollections.observableArrayList();
    private final ObjectProperty<ControllerItem> selected = new SimpleObjectProperty<>();
    private final Map<String, ControllerLink> links = new HashMap<>();
    private final Map<String, ApSnapshot> latest = new ConcurrentHashMap<>();
    private final UiExecutors executors;
    private final ControllerLinks factory;
    private final ControllerBook book;
    private final ControllerEvents events;
    private final ControllerIdentify identify;

    /** What the window hears of the controllers, on the FX thread; every method does nothing unless overridden. */
    public interface ControllerEvents {
        /** A poll of the selected controller (also the last one again when another controller is selected). */
        default void snapshot(ControllerItem c, ApSnapshot s) {}

        /** A link problem (lost, refused), for the log pane. */
        default void problem(ControllerItem c, Msg why) {}
    }

    public ControllersViewModel(
            UiExecutors executors,
            Dialogs dialogs,
            ControllerLinks factory,
            ControllerBook book,
            ControllerEvents events) {
        this.executors = executors;
        this.factory = factory;
        this.book = book;
        this.events = events;
        this.identify = new ControllerIdentify(this, executors, dialogs, factory, book);
        selected.addListener((obs, old, now) -> {
            if (now != null && latest.containsKey(now.key())) {
                events.snapshot(now, latest.get(now.key()));
            }
        });
    }

    /**
     * Lists the remembered controllers; those whose password is kept connect at once, the others wait for the
     * technician to reconnect (and type the password).
     */
    public void restoreSaved() {
        for (SavedController s : book.list()) {
            ControllerBook.Secrets kept = book.secrets(s);
            if (s.rememberPassword() && kept.password() != null) {
                char[] enable = kept.enableSecret() == null
                        ? new char[0]
                        : kept.enableSecret().toCharArray();
                open(new ControllerEntry(
                        s.host(), s.port(), s.user(), kept.password().toCharArray(), enable, s.label(), true));
            } else {
                put(ControllerItem.saved(
                        s.host(),
                        s.port(),
                        s.label(),
                        ControllerItem.State.FAILED,
                        Msg.of("controllers.state.needsPassword")));
            }
        }
    }

    public ObservableList<ControllerItem> controllers() {
        return controllers;
    }

    public ObjectProperty<ControllerItem> selectedProperty() {
        return selected;
    }

    /** The selected controller's latest poll. */
    public Optional<ApSnapshot> latestSnapshot() {
        ControllerItem c = selected.get();
        return c == null ? Optional.empty() : Optional.ofNullable(latest.get(c.key()));
    }

    /** The controller with this {@code host:port}, when it is connected (or reconnecting) now. */
    public Optional<ControllerItem> connected(String endpoint) {
        return controllers.stream()
                .filter(c -> c.endpoint().equals(endpoint))
                .filter(c ->
                        c.state() == ControllerItem.State.CONNECTED || c.state() == ControllerItem.State.RECONNECTING)
                .findFirst();
    }

    public Optional<ControllerLink> linkOf(ControllerItem item) {
        return Optional.ofNullable(links.get(item.key()));
    }

    /** The link of the selected controller, once it is connected. */
    public Optional<ControllerLink> selectedLink() {
        ControllerItem c = selected.get();
        return c == null || c.state() == ControllerItem.State.FAILED
                ? Optional.empty()
                : Optional.ofNullable(links.get(c.key()));
    }

    /** What the edit form starts with: the remembered user, label and "remember" choice. */
    public Optional<SavedController> saved(ControllerItem item) {
        return book.find(item.address(), item.port());
    }

    /**
     * Connects (in the background), remembers the controller and starts polling; the entry's secrets are wiped
     * afterwards. An address already listed and working is only selected: its session stays as it is.
     */
    public void connect(ControllerEntry entry) {
        Optional<ControllerItem> listed = find(entry.key());
        if (listed.isPresent() && listed.get().state() != ControllerItem.State.FAILED) {
            selected.set(listed.get());
            entry.wipe();
            return;
        }
        remember(entry);
        open(entry);
    }

    /** Connects without remembering the controller (the demo's own simulated one, which is gone at exit). */
    public void connectForThisSession(ControllerEntry entry) {
        if (find(entry.key()).isPresent()) {
            entry.wipe();
            return;
        }
        open(entry);
    }

    /**
     * Saves what the edit form says; logs in again only when the login changed (another address, user or a
     * password typed), so renaming or "remember" never drops a working session.
     */
    public void edit(ControllerItem item, ControllerEntry entry) {
        if (!entry.key().equals(item.key())) {
            remove(item);
            connect(entry);
            return;
        }
        ControllerLink link = links.get(item.key());
        boolean newLogin = entry.password().length > 0
                || link == null
                || !link.credentials().username().equals(entry.user());
        if (!newLogin && entry.remember()) {
            EwcCredentials c = link.credentials();
            book.save(saved(entry), new ControllerBook.Secrets(c.password(), c.enableSecret()));
        } else {
            remember(entry);
        }
        update(item.key(), c -> c.withUserLabel(entry.label()));
        if (newLogin) {
            open(entry);
        } else {
            entry.wipe();
        }
    }

    /** Logs in again with the same credentials; false when none are known (the caller asks for the password). */
    public boolean reconnect(ControllerItem item) {
        ControllerLink link = links.get(item.key());
        if (link == null) {
            return false;
        }
        ControllerLink fresh = link.with(link.credentials());
        replaceLink(item.key(), fresh);
        latest.remove(item.key());
        update(item.key(), c -> c.with(ControllerItem.State.CONNECTING, null));
        identify.identify(item.key(), fresh);
        return true;
    }

    /** Stops its session and forgets the controller, with its kept password and host key. */
    public void remove(ControllerItem item) {
        ControllerLink link = links.remove(item.key());
        if (link != null) {
            executors.background().execute(link::close);
        }
        latest.remove(item.key());
        controllers.removeIf(c -> c.key().equals(item.key()));
        book.find(item.address(), item.port()).ifPresent(book::remove);
        if (selected.get() != null && selected.get().key().equals(item.key())) {
            selected.set(controllers.isEmpty() ? null : controllers.getFirst());
        }
    }

    private void remember(ControllerEntry e) {
        String enable = e.enableSecret().length == 0 ? null : new String(e.enableSecret());
        book.save(saved(e), e.remember() ? new ControllerBook.Secrets(new String(e.password()), enable) : null);
    }

    private static SavedController saved(ControllerEntry e) {
        return new SavedController(e.address(), e.port(), e.user(), e.label(), e.remember());
    }

    private void open(ControllerEntry entry) {
        ControllerItem item =
                ControllerItem.connecting(entry.address(), entry.port()).withUserLabel(entry.label());
        put(item);
        if (selected.get() == null || selected.get().key().equals(item.key())) {
            selected.set(item);
        }
        ControllerLink link = factory.create(entry);
        entry.wipe();
        replaceLink(item.key(), link);
        identify.identify(item.key(), link);
    }

    void replaceLink(String key, ControllerLink link) {
        ControllerLink old = links.put(key, link);
        if (old != null && old != link) {
            executors.background().execute(old::close);
        }
    }

    void polled(String key, ApSnapshot snapshot) {
        latest.put(key, snapshot);
        update(
                key,
                c -> c.with(ControllerItem.State.CONNECTED, null)
                        .withApCount(snapshot.aps().size()));
        ControllerItem sel = selected.get();
        if (sel != null && sel.key().equals(key)) {
            events.snapshot(sel, snapshot);
        }
    }

    void problem(String key, Msg why) {
        find(key).ifPresent(c -> events.problem(c, why));
    }

    private Optional<ControllerItem> find(String key) {
        return controllers.stream().filter(c -> c.key().equals(key)).findFirst();
    }

    private void put(ControllerItem item) {
        for (int i = 0; i < controllers.size(); i++) {
            if (controllers.get(i).key().equals(item.key())) {
                controllers.set(i, item);
                return;
            }
        }
        controllers.add(item);
    }

    void update(String key, UnaryOperator<ControllerItem> change) {
        for (int i = 0; i < controllers.size(); i++) {
            ControllerItem c = controllers.get(i);
            if (c.key().equals(key)) {
                ControllerItem next = change.apply(c);
                controllers.set(i, next);
                if (selected.get() != null && selected.get().key().equals(key)) {
                    selected.set(next);
                }
                return;
            }
        }
    }

    @Override
    public void close() {
        links.values().forEach(ControllerLink::close);
        links.clear();
    }
}
