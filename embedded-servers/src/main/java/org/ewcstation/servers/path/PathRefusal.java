package org.ewcstation.servers.path;

/** A requested path that {@link RequestPaths} refuses, with the rule it broke. */
public final class PathRefusal extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient RequestPathRule rule;

    PathRefusal(RequestPathRule rule) {
        super(rule.name(), null, false, false);
        this.rule = rule;
    }

    public RequestPathRule rule() {
        return rule;
    }
}
