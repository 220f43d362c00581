package org.ewcstation.simulator.network;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The controller's logging buffer ({@code show logging}) and its trap output to the syslog hosts.
 * Lines look like the seed's: {@code *Feb 1 17:05:37.108: %INSTALL-5-INSTALL_START_INFO: Chassis 1 R0/0: ...}
 * (the leading star says the clock is not NTP-synchronised, as on a lab EWC).
 */
public final class ControllerLog {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("MMM d HH:mm:ss.SSS", Locale.ENGLISH);
    private static final int MAX_LINES = 2000;

    private final Clock clock;
    private final SyslogSender syslog;
    private final Deque<String> buffer = new ArrayDeque<>();
    private final AtomicLong logged = new AtomicLong();

    public ControllerLog(Clock clock, SyslogSender syslog) {
        this.clock = clock;
        this.syslog = syslog;
    }

    /** Logs {@code %FACILITY-SEVERITY-MNEMONIC: text}. */
    public void log(String facility, int severity, String mnemonic, String text) {
        String stamp = "*" + STAMP.format(LocalDateTime.now(clock));
        String message = "%" + facility + "-" + severity + "-" + mnemonic + ": " + text;
        synchronized (buffer) {
            buffer.addLast(stamp + ": " + message);
            while (buffer.size() > MAX_LINES) {
                buffer.removeFirst();
            }
        }
        logged.incrementAndGet();
        syslog.send(severity, stamp, message);
    }

    /** A line of the install engine, as the seed shows them. */
    public void install(int severity, String mnemonic, String text) {
        log("INSTALL", severity, mnemonic, "Chassis 1 R0/0: install_engine: " + text);
    }

    /** A CAPWAP join/disjoin/image event from wncd. */
    public void apEvent(String text) {
        log("CAPWAPAC_SMGR_TRACE_MESSAGE", 5, "AP_JOIN_DISJOIN", "Chassis 1 R0/0: wncd: AP Event: " + text);
    }

    public List<String> lines() {
        synchronized (buffer) {
            return new ArrayList<>(buffer);
        }
    }

    public void clear() {
        synchronized (buffer) {
            buffer.clear();
        }
    }

    public long loggedCount() {
        return logged.get();
    }

    public SyslogSender syslog() {
        return syslog;
    }
}
