package org.ewcstation.app.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import org.ewcstation.app.AppContext;
import org.ewcstation.app.cli.GlobalOptions;
import org.ewcstation.services.upgrade.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * The wiring test: the whole GUI graph built from a real composition root (real SQLite file, real servers object),
 * on the headless toolkit, without a window. A missing dependency fails here, at construction.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class GuiGraphTest {

    @TempDir
    Path dir;

    @Test
    void theWholeGraphIsBuiltFromTheRootByConstructors(FxRobot robot) {
        try (AppContext ctx = AppContext.start(new GlobalOptions(dir, false))) {
            AtomicReference<GuiGraph> built = new AtomicReference<>();
            robot.interact(() -> built.set(new GuiGraph(ctx, () -> null)));
            GuiGraph g = built.get();
            var m = g.model;
            assertThat(m.servers()).isNotNull();
            assertThat(m.controllers().controllers()).isEmpty();
            assertThat(m.upgrade().stageProperty().get()).isEqualTo(Stage.READY);
            assertThat(m.history().runs()).isEmpty();
            assertThat(m.importer()).isNotNull();
            assertThat(m.eventLog()).isNotNull();
            assertThat(m.transfers()).isNotNull();
            assertThat(m.apTable().totalProperty().get()).isZero();
            assertThat(m.power().textProperty().get()).isNull(); // no work: nothing kept awake, nothing said
            assertThat(g.settings.keepAwakeProperty().get()).isTrue();
            // the upgrade bar listens to the one workflow registry of the root
            assertThat(ctx.workflows().busy()).isEmpty();
        }
    }
}
