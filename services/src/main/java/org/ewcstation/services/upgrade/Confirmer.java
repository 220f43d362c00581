package org.ewcstation.services.upgrade;

/**
 * Asks the technician (a dialog whose default button is Cancel, or a terminal prompt whose default is no).
 * Called on the workflow's caller thread, never while the workflow holds its lock.
 */
@FunctionalInterface
public interface Confirmer {

    boolean confirm(Confirmation c);

    /** For {@code --yes}: the lines are still printed by the caller, and accepted. */
    Confirmer YES = c -> true;

    Confirmer NO = c -> false;
}
