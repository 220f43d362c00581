package org.ewcstation.app.cli;

import java.time.Duration;
import org.ewcstation.i18n.Units;
import picocli.CommandLine;

/** A duration option written as a person does ({@code 3s}, {@code 2h}, {@code 1h30m}); ISO-8601 is read too. */
final class HumanDuration implements CommandLine.ITypeConverter<Duration> {

    @Override
    public Duration convert(String value) {
        try {
            return Units.parseHuman(value);
        } catch (RuntimeException e) {
            throw new CommandLine.TypeConversionException(value);
        }
    }
}
