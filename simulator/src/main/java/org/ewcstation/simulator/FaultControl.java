package org.ewcstation.simulator;

import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The faults in force; tests change them while the simulator runs. Thread-safe. */
public final class FaultControl {

    private final Map<Fault.Kind, Fault> active = new EnumMap<>(Fault.Kind.class);

    public FaultControl(Collection<Fault> initial) {
        initial.forEach(this::inject);
    }

    public synchronized FaultControl inject(Fault fault) {
        active.put(fault.kind(), fault);
        return this;
    }

    public synchronized FaultControl clear(Fault.Kind kind) {
        active.remove(kind);
        return this;
    }

    public synchronized FaultControl clearAll() {
        active.clear();
        return this;
    }

    public synchronized Optional<Fault> get(Fault.Kind kind) {
        return Optional.ofNullable(active.get(kind));
    }

    public boolean has(Fault.Kind kind) {
        return get(kind).isPresent();
    }

    public synchronized List<Fault> all() {
        return List.copyOf(active.values());
    }
}
