package org.ewcstation.services.ewc.ops;

import java.time.Duration;
import java.util.regex.Pattern;
import org.ewcstation.services.ewc.model.PingResult;
import org.ewcstation.services.ewc.parse.Parsed;
import org.ewcstation.services.ewc.parse.PingParser;
import org.ewcstation.services.ewc.session.Answers;
import org.ewcstation.services.ewc.session.EwcError;
import org.ewcstation.services.ewc.session.EwcException;
import org.ewcstation.services.ewc.session.EwcSession;

/** {@code ping <server>} typed on the controller: can the EWC reach our image server? */
public final class ControllerPing {

    private static final Pattern ADDRESS = Pattern.compile("[0-9A-Fa-f:.]{2,45}");
    private final PingParser parser = new PingParser();
    private final Duration timeout;

    public ControllerPing(Duration timeout) {
        this.timeout = timeout;
    }

    public PingResult ping(EwcSession s, String address) throws EwcException {
        if (address == null || !ADDRESS.matcher(address).matches()) {
            throw new InvalidRequestException("server", address);
        }
        String out = s.exec("ping " + address, Answers.NONE, timeout);
        Parsed<PingResult> p = parser.parse(address, out);
        if (p.value() == null) {
            throw new EwcException(EwcError.UNEXPECTED_OUTPUT, "ping " + address, out);
        }
        return p.value();
    }
}
