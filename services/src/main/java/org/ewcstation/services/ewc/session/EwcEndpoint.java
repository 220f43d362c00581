package org.ewcstation.services.ewc.session;

/** Where a controller's SSH server listens. */
public record EwcEndpoint(String host, int port) {

    public EwcEndpoint {
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("host");
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port " + port);
        }
    }

    @Override
    public String toString() {
        return host.contains(":") ? "[" + host + "]:" + port : host + ":" + port;
    }
}
