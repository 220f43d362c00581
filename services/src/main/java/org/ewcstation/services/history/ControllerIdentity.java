package org.ewcstation.services.history;

import java.util.stream.Stream;
import org.ewcstation.services.ewc.model.VersionInfo;

/**
 * Who a controller is, as its own {@code show version} said: hostname, model and serial number (blank when it did
 * not say, or for runs recorded before these were kept). A run keeps its address as well; this names it for people.
 */
public record ControllerIdentity(String name, String model, String serial) {

    public static final ControllerIdentity UNKNOWN = new ControllerIdentity("", "", "");

    public ControllerIdentity {
        name = name == null ? "" : name.strip();
        model = model == null ? "" : model.strip();
        serial = serial == null ? "" : serial.strip();
    }

    public static ControllerIdentity of(VersionInfo v) {
        return v == null ? UNKNOWN : new ControllerIdentity(v.hostname(), v.model(), v.serial());
    }

    public boolean known() {
        return !name.isEmpty() || !model.isEmpty() || !serial.isEmpty();
    }

    /**
     * How a person reads the controller: {@code WLC-Lab1 (C9130AXI-B, FGL2351ABCD)} followed by the address, or the
     * address alone when nothing else is known.
     */
    public String label(String address) {
        String hardware = String.join(
                ", ", Stream.of(model, serial).filter(s -> !s.isEmpty()).toList());
        String who = name.isEmpty() ? hardware : hardware.isEmpty() ? name : name + " (" + hardware + ")";
        return who.isEmpty() ? address : who + " · " + address;
    }
}
