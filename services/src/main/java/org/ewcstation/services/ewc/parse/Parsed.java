package org.ewcstation.services.ewc.parse;

import java.util.List;

/** A parser's result: the value and every line it could not read. */
public record Parsed<T>(T value, List<ParseProblem> problems) {

    public Parsed {
        problems = List.copyOf(problems);
    }

    public boolean clean() {
        return problems.isEmpty();
    }
}
