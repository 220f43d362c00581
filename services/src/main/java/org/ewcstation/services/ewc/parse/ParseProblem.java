package org.ewcstation.services.ewc.parse;

import org.ewcstation.i18n.Msg;

/** A line a parser could not read: kept with its number and text, never dropped silently. */
public record ParseProblem(int lineNumber, String line, Reason reason) {

    /** Why the line was not understood; each has a message key. */
    public enum Reason {
        UNRECOGNISED_ROW("ewc.parse.unrecognisedRow"),
        BAD_NUMBER("ewc.parse.badNumber"),
        UNKNOWN_LINE("ewc.parse.unknownLine"),
        TRUNCATED("ewc.parse.truncated");

        private final String key;

        Reason(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    public Msg message() {
        return Msg.of(reason.key(), lineNumber, line);
    }
}
