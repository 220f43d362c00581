package org.ewcstation.app.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.IdentityHashMap;
import java.util.Map;
import org.ewcstation.i18n.Language;
import org.ewcstation.i18n.Messages;
import org.junit.jupiter.api.Test;

/** The translation judge of the UI tests, on the real bundles: the machine's own labels are data, not words. */
class UntranslatedTextsTest {

    final Messages en = new Messages(Language.ENGLISH);
    final Messages ja = new Messages(Language.JAPANESE);
    final UntranslatedTexts judge = new UntranslatedTexts(en, ja);

    @Test
    void theMachinesInterfacesAddressesAndNamesAreNotJudgedButBundleTextsLeftInEnglishAre() {
        Map<Object, String> before = new IdentityHashMap<>();
        Map<Object, String> after = new IdentityHashMap<>();
        // what the address chooser shows on a machine whose interface is eth0 (a cell of its own, unchanged)
        shown(before, after, "eth0  fd00::2/64", "eth0  fd00::2/64");
        shown(before, after, "ens18  192.0.2.5/24", "ens18  192.0.2.5/24");
        shown(before, after, "ewc-lab-01", "ewc-lab-01");
        shown(before, after, "ewcstation", "ewcstation");
        shown(before, after, "42", "42");
        // the same in both bundles: a product name
        shown(before, after, en.text("app.title"), ja.text("app.title"));
        // translated as it should be
        shown(before, after, en.text("aptable.column.name"), ja.text("aptable.column.name"));
        // left in English: a plain value and one with a placeholder
        shown(before, after, en.text("aptable.title"), en.text("aptable.title"));
        shown(before, after, en.text("status.server.stopped", "TFTP"), en.text("status.server.stopped", "TFTP"));

        assertThat(judge.find(before, after)).containsExactlyInAnyOrder("Access points", "TFTP: stopped");
    }

    @Test
    void aValueOfPlaceholdersAloneSaysNothingOfWhereATextCameFrom() {
        assertThat(judge.fromBundle("eth0  fd00::2/64")).isFalse();
        assertThat(judge.fromBundle(en.text("log.transfer.failed.SERVER_STOPPED", "ap1g7", "3 s")))
                .isTrue();
        assertThat(judge.fromBundle(ja.text("log.transfer.failed.SERVER_STOPPED", "ap1g7", "3 s")))
                .isFalse();
        assertThat(judge.fromBundle("OK")).as("the same in both bundles").isFalse();
    }

    private static void shown(Map<Object, String> before, Map<Object, String> after, String en, String ja) {
        Object label = new Object();
        before.put(label, en);
        after.put(label, ja);
    }
}
