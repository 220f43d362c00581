package org.ewcstation.views.discovery;

import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.ewcstation.i18n.Msg;
import org.ewcstation.services.discovery.CapwapController;
import org.ewcstation.services.discovery.CapwapDiscovery;
import org.ewcstation.services.discovery.Cidr;
import org.ewcstation.services.discovery.SshHost;
import org.ewcstation.services.discovery.SshSweep;
import org.ewcstation.services.discovery.SweepListener;
import org.ewcstation.services.ewc.session.EwcCredentials;
import org.ewcstation.services.network.LocalInterfaces;
import org.ewcstation.views.ewc.ControllerEntry;
import org.ewcstation.views.fx.UiExecutors;

/**
 * The discovery dialog's state: the form (range, ports, CAPWAP, optional login), a sweep in the background
 * with its progress (sampled: only whole percents reach the FX thread), and the results as rows.
 */
public final class DiscoveryViewModel {

    private final UiExecutors executors;
    private final SshSweep sweep;
    private final CapwapDiscovery capwap;
    private final LocalInterfaces nics;
    private final StringProperty range = new SimpleStringProperty("");
    private final StringProperty ports = new SimpleStringProperty("22");
    private final BooleanProperty useCapwap = new SimpleBooleanProperty(true);
    private final StringProperty user = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final BooleanProperty running = new SimpleBooleanProperty();
    private final DoubleProperty progress = new SimpleDoubleProperty();
    private final ObjectProperty<Msg> status = new SimpleObjectProperty<>();
    private final ObservableList<DiscoveryRow> rows = FXCollections.observableArrayList();
    private final AtomicReference<Thread> worker = new AtomicReference<>();

    public DiscoveryViewModel(UiExecutors executors, SshSweep sweep, CapwapDiscovery capwap, LocalInterfaces nics) {
        this.executors = executors;
        this.sweep = sweep;
        this.capwap = capwap;
        this.nics = nics;
        nics.list().stream()
                .filter(a -> a.ipv4() && !a.loopback() && a.prefix() >= Cidr.WIDEST_PREFIX)
                .findFirst()
                .ifPresent(a -> range.set(Cidr.parse(a.text()).toString()));
    }

    public StringProperty rangeProperty() {
        return range;
    }

    public StringProperty portsProperty() {
        return ports;
    }

    public BooleanProperty capwapProperty() {
        return useCapwap;
    }

    public StringProperty userProperty() {
        return user;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public BooleanProperty runningProperty() {
        return running;
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    public ObjectProperty<Msg> statusProperty() {
        return status;
    }

    public ObservableList<DiscoveryRow> rows() {
        return rows;
    }

    /** Checks the form and starts the search in the background; a bad form only sets the status. */
    public void start() {
        if (running.get()) {
            return;
        }
        Cidr cidr;
        List<Integer> portList = new ArrayList<>();
        try {
            cidr = Cidr.parse(range.get());
            for (String p : ports.get().split("[,\\s]+")) {
                int n = Integer.parseInt(p.strip());
                if (n < 1 || n > 65535) {
                    throw new NumberFormatException(p);
                }
                portList.add(n);
            }
        } catch (Cidr.InvalidCidrException e) {
            status.set(e.msg());
            return;
        } catch (NumberFormatException e) {
            status.set(Msg.of("discovery.port.invalid", ports.get()));
            return;
        }
        EwcCredentials login = user.get() == null || user.get().isBlank()
                ? null
                : new EwcCredentials(user.get().strip(), password.get(), password.get());
        boolean askCapwap = useCapwap.get();
        rows.clear();
        running.set(true);
        progress.set(askCapwap ? -1 : 0);
        status.set(Msg.of("discovery.status.running", cidr.toString()));
        executors.background().execute(() -> run(cidr, portList, login, askCapwap));
    }

    /** Stops a running search; what was found so far stays. */
    public void stop() {
        Thread t = worker.get();
        if (t != null) {
            t.interrupt();
        }
    }

    private void run(Cidr cidr, List<Integer> portList, EwcCredentials login, boolean askCapwap) {
        worker.set(Thread.currentThread());
        List<DiscoveryRow> found = new ArrayList<>();
        Msg end;
        try {
            if (askCapwap) {
                List<InetSocketAddress> bc =
                        CapwapDiscovery.subnetBroadcasts(nics.list(), CapwapDiscovery.DEFAULT_PORT);
                for (CapwapController c : capwap.discover(List.of(), bc, SweepListener.NONE)) {
                    found.add(row(c));
                }
                List<DiscoveryRow> snapshot = List.copyOf(found);
                executors.fx().execute(() -> rows.setAll(snapshot));
            }
            AtomicInteger shownPercent = new AtomicInteger(-1);
            List<SshHost> hosts = sweep.sweep(cidr, portList, login, new SweepListener() {
                @Override
                public void progress(int done, int total) {
                    int pct = done * 100 / total;
                    if (shownPercent.getAndAccumulate(pct, Math::max) < pct) {
                        executors.fx().execute(() -> progress.set(Math.max(progress.get(), pct / 100.0)));
                    }
                }
            });
            hosts.forEach(h -> found.add(row(h)));
            end = found.isEmpty() ? Msg.of("discovery.status.none") : Msg.of("discovery.status.done", found.size());
        } catch (InterruptedException e) {
            end = Msg.of("discovery.status.done", found.size());
        } catch (Exception e) {
            end = Msg.of("discovery.status.failed", e.toString());
        } finally {
            worker.set(null);
            Thread.interrupted(); // the pool thread must not stay interrupted
        }
        Msg last = end;
        List<DiscoveryRow> all = List.copyOf(found);
        executors.fx().execute(() -> {
            rows.setAll(all);
            progress.set(1);
            running.set(false);
            status.set(last);
        });
    }

    static DiscoveryRow row(CapwapController c) {
        return new DiscoveryRow(
                c.address(),
                22,
                "discovery.source.capwap",
                c.acName(),
                c.software(),
                Msg.of("discovery.kind.capwap", c.activeAps()),
                true);
    }

    static DiscoveryRow row(SshHost h) {
        Msg kind = h.ewc()
                ? Msg.of(
                        "discovery.kind.ewc",
                        h.version().hostname(),
                        h.version().version())
                : h.problem() != null
                        ? h.problem()
                        : h.cisco() ? Msg.of("discovery.kind.cisco") : Msg.of("discovery.kind.other");
        return new DiscoveryRow(
                h.address(),
                h.port(),
                "discovery.source.ssh",
                h.version() == null ? "" : h.version().hostname(),
                h.version() == null ? h.banner() : h.version().version(),
                kind,
                h.ewc() || h.cisco());
    }

    /** The entry to connect to {@code row} with the form's login; empty when no user name was given. */
    public Optional<ControllerEntry> entryFor(DiscoveryRow row) {
        if (row == null || user.get() == null || user.get().isBlank()) {
            return Optional.empty();
        }
        String pw = password.get() == null ? "" : password.get();
        return Optional.of(
                new ControllerEntry(row.address(), row.port(), user.get().strip(), pw.toCharArray(), pw.toCharArray()));
    }
}
