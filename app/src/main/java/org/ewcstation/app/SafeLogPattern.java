package org.ewcstation.app;

import ch.qos.logback.classic.PatternLayout;
import ch.qos.logback.classic.pattern.ClassicConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Context;
import ch.qos.logback.core.encoder.LayoutWrappingEncoder;
import org.ewcstation.i18n.SafeText;

/**
 * The log's encoders, with {@code %msg} through {@link SafeText#line}: a log line often names a file a LAN host
 * asked for or an AP's name, and the console is a terminal, the log file a text someone {@code tail}s in one.
 */
final class SafeLogPattern {

    private SafeLogPattern() {}

    static LayoutWrappingEncoder<ILoggingEvent> encoder(Context ctx, String pattern) {
        PatternLayout layout = new PatternLayout();
        layout.setContext(ctx);
        layout.getInstanceConverterMap().put("msg", SafeMessage::new);
        layout.setPattern(pattern);
        layout.start();
        LayoutWrappingEncoder<ILoggingEvent> encoder = new LayoutWrappingEncoder<>();
        encoder.setContext(ctx);
        encoder.setLayout(layout);
        encoder.start();
        return encoder;
    }

    /** The formatted message, control characters made visible. */
    static final class SafeMessage extends ClassicConverter {
        @Override
        public String convert(ILoggingEvent event) {
            return SafeText.line(event.getFormattedMessage());
        }
    }
}
