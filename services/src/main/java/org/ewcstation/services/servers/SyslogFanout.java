package org.ewcstation.services.servers;

import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.ewcstation.servers.syslog.SyslogEvent;
import org.ewcstation.servers.syslog.SyslogListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One syslog receiver, many consumers (log pane, diagnostics, history); a failing one is skipped. */
public final class SyslogFanout implements SyslogListener {

  private static final Logger LOG = LoggerFactory.getLogger(SyslogFanout.class);

  private final List<SyslogListener> listeners = new CopyOnWriteArrayList<>();

  public SyslogFanout add(SyslogListener l) {
    listeners.add(l);
    return this;
  }

  public void remove(SyslogListener l) {
    listeners.remove(l);
  }

  @Override
  public void onMessage(SyslogEvent event) {
    for (SyslogListener l : listeners) {
      try {
        l.onMessage(event);
      } catch (RuntimeException e) {
        LOG.warn("Syslog listener {} failed", l, e);
      }
    }
  }

  @Override
  public void onDropped(DropReason reason, InetSocketAddress sender, int length) {
    for (SyslogListener l : listeners) {
      try {
        l.onDropped(reason, sender, length);
      } catch (RuntimeException e) {
        LOG.warn("Syslog listener {} failed", l, e);
      }
    }
  }
}
