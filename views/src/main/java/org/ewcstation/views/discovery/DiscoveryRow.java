package org.ewcstation.views.discovery;

import org.ewcstation.i18n.Msg;

/**
 * One result line: where ({@code address}, SSH {@code port}), how it was found ({@code source} is an i18n
 * key), the name and version when known, and what it is ({@code kind}).
 */
public record DiscoveryRow(
        String address, int port, String source, String name, String version, Msg kind, boolean ewc) {}
