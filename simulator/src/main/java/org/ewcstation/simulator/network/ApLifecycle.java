package org.ewcstation.simulator.network;

import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * APs leaving and rejoining the controller (reset, reload, a reboot fault), logged with the
 * {@code AP_JOIN_DISJOIN} lines a 9800 writes (see the show logging sample).
 */
public final class ApLifecycle {

    private final ControllerLog log;
    private final ScheduledExecutorService timer;
    private final String controllerIp;
    private final Duration rebootTime;

    public ApLifecycle(ControllerLog log, ScheduledExecutorService timer, String controllerIp, Duration rebootTime) {
        this.log = log;
        this.timer = timer;
        this.controllerIp = controllerIp;
        this.rebootTime = rebootTime;
    }

    /** The AP drops off now and rejoins after the reboot time. */
    public void reboot(VirtualAp ap) {
        reboot(ap, rebootTime);
    }

    public void reboot(VirtualAp ap, Duration away) {
        if (!ap.joined()) {
            return;
        }
        ap.setJoined(false);
        var s = ap.snapshot();
        log.apEvent("AP Name: " + s.name() + " Mac: " + s.radioMac() + " Session-IP: " + s.ip() + "[5264] "
                + controllerIp + "[5246] Disjoined");
        timer.schedule(() -> join(ap), away.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void join(VirtualAp ap) {
        ap.setJoined(true);
        var s = ap.snapshot();
        log.apEvent("AP Name: " + s.name() + " Mac: " + s.radioMac() + " Session-IP: " + s.ip() + "[5264] "
                + controllerIp + "[5246] Ethernet MAC: " + s.ethernetMac() + " Joined");
    }
}
