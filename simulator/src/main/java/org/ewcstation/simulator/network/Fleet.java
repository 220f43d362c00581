package org.ewcstation.simulator.network;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The APs joined to the simulated controller. The default mix is the non-homogeneous network of the
 * seed: the 9120 hosting the EWC, a 9105, a 2802 and a 3802, a 9130, a 9115 and a 1815; larger fleets
 * repeat the non-hosting models. One AP keeps its factory name (AP + MAC), as real networks always have.
 */
public final class Fleet {

    private static final ApModel[] MIX = {
        ApModel.C9105AXI, ApModel.AP2802I, ApModel.AP3802I, ApModel.C9130AXI, ApModel.C9115AXI, ApModel.AP1815I
    };
    private static final String[] PLACES = {"LOBBY", "HALL", "OFFICE", "WAREHOUSE", "MEETING", "ROOM"};

    private final List<VirtualAp> aps;

    public Fleet(List<VirtualAp> aps) {
        this.aps = List.copyOf(aps);
    }

    /** {@code count} APs (at least 1): the controller's own AP first. {@code ipPrefix} like "127.0.10.". */
    public static Fleet defaultMix(int count, String ipPrefix, String primary, String backup) {
        List<VirtualAp> list = new ArrayList<>();
        list.add(ap(ApModel.C9120AXI, 0, "AP-9120-EWC", ipPrefix, true, primary, backup));
        for (int i = 1; i < Math.max(1, count); i++) {
            ApModel m = MIX[(i - 1) % MIX.length];
            int round = (i - 1) / MIX.length;
            String mac = mac(m, i);
            String name = (m == ApModel.AP3802I && round == 0)
                    ? "AP" + mac.toUpperCase(Locale.ROOT)
                    : "AP-" + m.name().replaceAll("[^0-9]", "") + "-" + PLACES[(i - 1) % PLACES.length]
                            + (round == 0 ? "" : "-" + (round + 1));
            list.add(ap(m, i, name, ipPrefix, false, primary, backup));
        }
        return new Fleet(list);
    }

    private static VirtualAp ap(
            ApModel m, int i, String name, String ipPrefix, boolean host, String primary, String backup) {
        String eth = mac(m, i);
        String radio =
                m.macPrefix().substring(0, 7) + String.format(Locale.ROOT, "%02x.%02x%02x", 0x70 + i % 16, i, 0xa0);
        return new VirtualAp(name, m, eth, radio, ipPrefix + (11 + i), host, primary, backup);
    }

    private static String mac(ApModel m, int i) {
        return m.macPrefix() + String.format(Locale.ROOT, "%02x.%02x%02x", 0x10 + i, i * 7 % 256, 0x0a + i);
    }

    public List<VirtualAp> aps() {
        return aps;
    }

    public List<VirtualAp.Snapshot> snapshot() {
        return aps.stream().map(VirtualAp::snapshot).toList();
    }

    public Optional<VirtualAp> byName(String name) {
        return aps.stream().filter(a -> a.name().equalsIgnoreCase(name)).findFirst();
    }

    public VirtualAp host() {
        return aps.getFirst();
    }
}
