package org.ewcstation.services.upgrade;

import org.ewcstation.i18n.Msg;

/** Why one AP is not ready for the next step ("downloading 42 %", "failed: Timed out", "holds 17.9.3.50"). */
public record ApIssue(String ap, Msg why) {}
