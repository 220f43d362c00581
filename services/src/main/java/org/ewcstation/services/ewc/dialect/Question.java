package org.ewcstation.services.ewc.dialect;

/**
 * A question the controller may ask during an action, and the answer the action gives. Shown to the technician
 * with the lines before anything is sent, so no question is ever answered silently.
 *
 * @param pattern a regular expression searched in the question's line (case-insensitive)
 * @param reply what is typed; the empty string is Enter (as {@code [confirm]} expects)
 * @param shown how the question reads, for the confirmation dialog and the printed plan
 */
public record Question(String pattern, String reply, String shown) {

    public static Question confirm(String pattern, String shown) {
        return new Question(pattern + ".*\\[confirm\\]", "", shown);
    }
}
