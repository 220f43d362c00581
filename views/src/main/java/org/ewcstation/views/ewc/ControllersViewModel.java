package org.ewcstation.views.ewc;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import java.util.function.UnaryOperator;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.ewcstation.i18n.Msg;
import org.ewcstation.services.ewc.link.ControllerLink;
import org.ewcstation.services.ewc.model.VersionInfo;
import org.ewcstation.services.ewc.poll.ApChanges;
import org.ewcstation.services.ewc.poll.ApSnapshot;
import org.ewcstation.services.ewc.poll.PollListener;
import org.ewcstation.services.ewc.session.EwcException;
import org.ewcstation.services.ewc.session.HostKeyChangedException;
import org.ewcstation.services.ewc.session.HostKeyUnknownException;
import org.ewcstation.views.fx.Dialogs;
import org.ewcstation.views.fx.UiExecutors;

/**
 * The controllers the technician works with: connecting (in the background), identifying, polling, and
 * handing the selected controller's AP snapshots to whoever shows them.
 */
public final class ControllersViewModel implements AutoCloseable {

    private final ObservableList<ControllerItem> controllers = FXCollections.observableArrayList();
    private final ObjectProperty<ControllerItem> selected = new SimpleObjectProperty<>();
    private final Map<String, ControllerLink> links = new HashMap<>();
    private final Map<String, ApSnapshot> latest = new ConcurrentHashMap<>();
    private final UiExecutors executors;
    private final Dialogs dialogs;
    private final ControllerLinks factory;
    private Runnable onAdd = () -> {};
    private BiConsumer<ControllerItem, ApSnapshot> onSnapshot = (c, s) -> {};
    private BiConsumer<ControllerItem, Msg> onProblem = (c, m) -> {};

    public ControllersViewModel(UiExecutors executors, Dialogs dialogs, ControllerLinks factory) {
        this.executors = executors;
        this.dialogs = dialogs;
        this.factory = factory;
        selected.addListener((obs, old, now) -> {
            if (now != null && latest.containsKey(now.key())) {
                onSnapshot.accept(now, latest.get(now.key()));
            }
        });
    }

    public ObservableList<ControllerItem> controllers() {
        return controllers;
    }

    public ObjectProperty<ControllerItem> selectedProperty() {
        return selected;
    }

    /** What "Add controller..." does; set by the window that owns the dialog. */
    public void setOnAdd(Runnable onAdd) {
        this.onAdd = onAdd;
    }

    /** Receives the selected controller's snapshots on the FX thread. */
    public void setOnSnapshot(BiConsumer<ControllerItem, ApSnapshot> onSnapshot) {
        this.onSnapshot = onSnapshot;
    }

    /** Receives link problems (lost, refused) on the FX thread, for the log pane. */
    public void setOnProblem(BiConsumer<ControllerItem, Msg> onProblem) {
        this.onProblem = onProblem;
    }

    public void add() {
        onAdd.run();
    }

    private Runnable onDiscover = () -> {};

    /** What "Discover..." does; set by the window that owns the dialog. */
    public void setOnDiscover(Runnable onDiscover) {
        this.onDiscover = onDiscover;
    }

    public void discover() {
        onDiscover.run();
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

    /** Connects (in the background) and starts polling; the entry's secrets are wiped afterwards. */
    public void connect(ControllerEntry entry) {
        ControllerItem item = ControllerItem.connecting(entry.address(), entry.port());
        put(item);
        if (selected.get() == null || selected.get().key().equals(item.key())) {
            selected.set(item);
        }
        ControllerLink link = factory.create(entry);
        entry.wipe();
        ControllerLink old = links.put(item.key(), link);
        if (old != null) {
            executors.background().execute(old::close);
        }
        identify(item.key(), link);
    }

    private void identify(String key, ControllerLink link) {
        executors.background().execute(() -> {
            try {
                VersionInfo v = link.identify();
                executors.fx().execute(() -> update(key, c -> c.identified(v.hostname(), v.version(), v.platform())));
                link.startPolling(factory.around(link, v, pollListener(key)));
            } catch (HostKeyUnknownException e) {
                // as OpenSSH does: nothing is trusted (or stored) until the technician has seen the fingerprint
                executors.fx().execute(() -> {
                    String host = link.endpoint().host();
                    String fingerprint = e.change().offeredFingerprint();
                    if (dialogs.confirm(
                            "controllers.hostKey.unknownTitle",
                            Msg.of("controllers.hostKey.unknown", host, fingerprint))) {
                        factory.acceptHostKey(e.change());
                        identify(key, link);
                    } else {
                        Msg declined = Msg.of("controllers.hostKey.declined", host, fingerprint);
                        update(key, c -> c.with(ControllerItem.State.FAILED, declined));
                        find(key).ifPresent(c -> onProblem.accept(c, declined));
                    }
                });
            } catch (HostKeyChangedException e) {
                executors.fx().execute(() -> {
                    update(key, c -> c.with(ControllerItem.State.FAILED, e.msg()));
                    if (dialogs.confirm(
                            "controllers.hostKey.title",
                            Msg.of(
                                    "controllers.hostKey.changed",
                                    link.endpoint().host(),
                                    e.change().knownFingerprint(),
                                    e.change().offeredFingerprint()))) {
                        factory.acceptHostKey(e.change());
                        update(key, c -> c.with(ControllerItem.State.CONNECTING, null));
                        identify(key, link);
                    }
                });
            } catch (EwcException e) {
                executors.fx().execute(() -> {
                    update(key, c -> c.with(ControllerItem.State.FAILED, e.msg()));
                    find(key).ifPresent(c -> onProblem.accept(c, e.msg()));
                    dialogs.notify(e.msg(), true);
                });
            }
        });
    }

    private PollListener pollListener(String key) {
        return new PollListener() {
            @Override
            public void snapshot(ApSnapshot snapshot, ApChanges changes) {
                executors.fx().execute(() -> {
                    latest.put(key, snapshot);
                    update(
                            key,
                            c -> c.with(ControllerItem.State.CONNECTED, null)
                                    .withApCount(snapshot.aps().size()));
                    ControllerItem sel = selected.get();
                    if (sel != null && sel.key().equals(key)) {
                        onSnapshot.accept(sel, snapshot);
                    }
                });
            }

            @Override
            public void connectionLost(Msg reason, long retryInMillis) {
                executors.fx().execute(() -> {
                    update(key, c -> c.with(ControllerItem.State.RECONNECTING, reason));
                    find(key).ifPresent(c -> onProblem.accept(c, reason));
                });
            }

            @Override
            public void stopped(Msg reason) {
                if (reason != null) {
                    executors.fx().execute(() -> {
                        update(key, c -> c.with(ControllerItem.State.FAILED, reason));
                        find(key).ifPresent(c -> onProblem.accept(c, reason));
                    });
                }
            }
        };
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

    private void update(String key, UnaryOperator<ControllerItem> change) {
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
