package org.ewcstation.views.ewc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.ewcstation.i18n.Language;
import org.ewcstation.i18n.Messages;
import org.ewcstation.i18n.Msg;
import org.ewcstation.services.history.ControllerDialects;
import org.ewcstation.services.store.Store;
import org.ewcstation.views.fx.RecordingDialogs;
import org.ewcstation.views.fx.UiExecutors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The controller's details read back from a real SQLite file and rendered in both languages. */
class UpgradeCommandsDetailsTest {

    @TempDir
    Path dir;

    final RecordingDialogs dialogs = new RecordingDialogs();
    final ControllerItem ewc = ControllerItem.connecting("192.0.2.10", 22);

    static List<String> render(List<Msg> paragraphs, Language l) {
        Messages m = new Messages(l);
        return paragraphs.stream().map(m::text).toList();
    }

    @Test
    void aProbedControllerShowsItsFamilyEachFormAndWhatItLacks() {
        try (Store store = Store.open(dir)) {
            ControllerDialects kept = new ControllerDialects(store, Clock.systemUTC());
            kept.record(
                    "192.0.2.10:22",
                    "17.9.4a",
                    "install",
                    List.of(
                            new ControllerDialects.Form("START", true, "install add profile default"),
                            new ControllerDialects.Form("COMMIT", false, "install commit"),
                            new ControllerDialects.Form("SOMETHING_NEWER", true, "x")));
            new UpgradeCommandsDetails(UiExecutors.sameThread(), kept, dialogs).show(ewc);
        }
        assertThat(dialogs.infos).hasSize(1);
        List<String> en = render(dialogs.infos.getFirst(), Language.ENGLISH);
        assertThat(en.get(0)).contains("192.0.2.10", "17.9.4a", "install family");
        assertThat(en.get(1)).isEqualTo("Start the pre-download: install add profile default");
        assertThat(en.get(2)).startsWith("Commit the new release: not available (tried install commit)");
        assertThat(en).hasSize(4).noneMatch(s -> s.contains("SOMETHING_NEWER") || s.contains("!"));
        List<String> ja = render(dialogs.infos.getFirst(), Language.JAPANESE);
        assertThat(ja.get(1)).isEqualTo("プレダウンロードの開始: install add profile default");
        assertThat(ja.get(2)).contains("使用できません", "install commit");
        assertThat(ja.get(0)).contains("install 系", "17.9.4a");
        assertThat(ja).noneMatch(s -> s.contains("!") || s.contains("not available"));
    }

    @Test
    void aControllerNeverConnectedSaysWhenItWillBeProbed() {
        try (Store store = Store.open(dir)) {
            new UpgradeCommandsDetails(
                            UiExecutors.sameThread(), new ControllerDialects(store, Clock.systemUTC()), dialogs)
                    .show(ewc);
        }
        assertThat(render(dialogs.infos.getFirst(), Language.ENGLISH))
                .containsExactly(
                        "192.0.2.10: not probed yet. The upgrade commands are found with ? help when the controller connects.");
    }
}
