package org.ewcstation.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import java.time.Instant;

/** One JSON writer for the CLI: indented, instants as ISO-8601 text. */
final class JsonOut {

    private JsonOut() {}

    static ObjectMapper mapper() {
        SimpleModule time = new SimpleModule("instants");
        time.addSerializer(Instant.class, ToStringSerializer.instance);
        return new ObjectMapper().registerModule(time).enable(SerializationFeature.INDENT_OUTPUT);
    }
}
