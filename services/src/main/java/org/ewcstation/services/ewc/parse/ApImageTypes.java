package org.ewcstation.services.ewc.parse;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * AP model to image type, the table of EWC-CLI.md. A model not in the table is {@link #UNKNOWN}: a guess
 * would send the wrong file to an AP.
 */
public final class ApImageTypes {

    public static final String UNKNOWN = "unknown";

    private record Rule(Pattern model, String image) {}

    // Model strings as show ap summary prints them: AIR-AP2802E-D-K9, C9120AXE-D, 9120AXI, AIR-AP1815I-E-K9, ...
    private static final List<Rule> RULES = List.of(
            rule("18(10|3\\d|5\\d)", "ap1g4"),
            rule("1815|1800|154\\d", "ap1g5"),
            rule("[23]80\\d|480\\d|156\\d|IW-?6300|ESW-?6300", "ap3g3"),
            rule("9117", "ap1g6"),
            rule("91(30|24)", "ap1g6a"),
            rule("91(15|20)", "ap1g7"),
            rule("9105", "ap1g8"));

    private static Rule rule(String models, String image) {
        // the model number stands alone or after AIR-AP/AIR-CAP/C/ESW-/IW-: 9120 in C9120AXI-B, not in ...19120...
        return new Rule(Pattern.compile("(?:^|[-C]|AP|CAP)(?:" + models + ")(?:[A-Z]|-|$)"), image);
    }

    public String imageType(String model) {
        if (model == null || model.isBlank()) {
            return UNKNOWN;
        }
        String m = model.strip().toUpperCase(Locale.ROOT);
        for (Rule r : RULES) {
            if (r.model().matcher(m).find()) {
                return r.image();
            }
        }
        return UNKNOWN;
    }
}
