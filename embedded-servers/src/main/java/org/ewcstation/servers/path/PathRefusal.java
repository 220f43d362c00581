package org.ewcstation.servers.path;

/** A requested path that {@link RequestPaths} refuses, with the rule it broke. */
public final class PathRefusal extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient PathRule rule;

    PathRefusal(PathRule rule) {
        super(rule.name(), null, false, false);
        this.rule = rule;
    }

    public PathRule rule() {
        return rule;
    }
}
