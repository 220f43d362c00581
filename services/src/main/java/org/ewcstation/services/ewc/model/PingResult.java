package org.ewcstation.services.ewc.model;

/** {@code ping <ip>} from the controller: {@code Success rate is N percent (x/y)}; round-trip times when shown. */
public record PingResult(
        String target, int successPercent, int received, int sent, Integer minMs, Integer avgMs, Integer maxMs) {

    public boolean reachable() {
        return received > 0;
    }
}
