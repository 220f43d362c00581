package org.ewcstation.app.gui;

import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.ewcstation.services.ewc.session.EwcEndpoint;
import org.ewcstation.services.ewc.session.TranscriptListener;
import org.ewcstation.views.fx.Batcher;
import org.ewcstation.views.fx.FxBridge;
import org.ewcstation.views.transferlog.LogEntry;
import org.ewcstation.views.transferlog.TransferLogViewModel;

/**
 * The SSH transcript (already masked) in the log pane. The poller's routine show commands every few
 * seconds would bury everything else, so those and their output are left out; every other command and
 * everything the controller answers to it is shown, and controller errors ({@code %} lines) always are.
 */
final class TranscriptFeed implements TranscriptListener, AutoCloseable {

  static final Set<String> ROUTINE = Set.of("show ap image", "show ap summary", "show wireless ewc-ap",
      "terminal length 0", "terminal width 0", "show version");

  private final Batcher<LogEntry> batcher;
  private final Set<String> quiet = ConcurrentHashMap.newKeySet();

  TranscriptFeed(FxBridge bridge, TransferLogViewModel log) {
    this.batcher = new Batcher<>(bridge, TransferFeed.EVENT_PERIOD_MS, log::append);
  }

  private static boolean routine(String command) {
    String c = command.strip().toLowerCase(Locale.ROOT);
    return c.isEmpty() || ROUTINE.stream().anyMatch(c::startsWith);
  }

  @Override
  public void sent(EwcEndpoint endpoint, String text) {
    if (routine(text)) {
      quiet.add(endpoint.toString());
      return;
    }
    quiet.remove(endpoint.toString());
    batcher.offer(LogEntry.raw(Instant.now(), LogEntry.Source.SSH, endpoint.toString(), LogEntry.Level.INFO,
        "> " + text.strip()));
  }

  @Override
  public void received(EwcEndpoint endpoint, String text) {
    boolean error = text.lines().anyMatch(l -> l.stripLeading().startsWith("% "));
    if (!error && quiet.contains(endpoint.toString())) {
      return;
    }
    String body = text.strip();
    if (!body.isEmpty()) {
      batcher.offer(LogEntry.raw(Instant.now(), LogEntry.Source.SSH, endpoint.toString(),
          error ? LogEntry.Level.WARNING : LogEntry.Level.INFO, body));
    }
  }

  @Override
  public void close() throws Exception {
    batcher.close();
  }
}
