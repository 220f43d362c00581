package org.ewcstation.app.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintStream;
import java.lang.reflect.RecordComponent;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.ewcstation.servers.event.TransferEvent;
import org.ewcstation.servers.event.TransferListener;

/**
 * One JSON object per line: {@code "event"} is the record's name, then its components in order.
 * Generic over the records, so events other servers add print without a change here. Instants are
 * ISO-8601, durations in seconds, addresses {@code host:port}.
 */
final class JsonEventPrinter implements TransferListener {

    private final PrintStream out;
    private final ObjectMapper mapper = JsonOut.compact();

    JsonEventPrinter(PrintStream out) {
        this.out = out;
    }

    void listening(String protocol, InetSocketAddress address, Path root) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("event", "Listening");
        m.put("time", Instant.now().toString());
        m.put("protocol", protocol);
        m.put("address", TextEventPrinter.address(address));
        m.put("port", address.getPort());
        m.put("root", root.toString());
        print(m);
    }

    @Override
    public void onEvent(TransferEvent event) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("event", event.getClass().getSimpleName());
        for (RecordComponent c : event.getClass().getRecordComponents()) {
            try {
                m.put(c.getName(), plain(c.getAccessor().invoke(event)));
            } catch (ReflectiveOperationException e) {
                m.put(c.getName(), null);
            }
        }
        print(m);
    }

    private static Object plain(Object value) {
        return switch (value) {
            case null -> null;
            case Instant i -> i.toString();
            case Duration d -> d.toNanos() / 1e9;
            case InetSocketAddress a -> TextEventPrinter.address(a);
            case Enum<?> e -> e.name();
            default -> value;
        };
    }

    private void print(Map<String, Object> m) {
        try {
            out.println(mapper.writeValueAsString(m));
        } catch (JsonProcessingException e) {
            out.println("{\"event\":\"Unprintable\"}");
        }
    }
}
