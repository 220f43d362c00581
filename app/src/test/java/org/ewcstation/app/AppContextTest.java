package org.ewcstation.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ewcstation.app.cli.GlobalOptions;
import org.ewcstation.services.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole graph built with the GUI off, on a real data folder. */
class AppContextTest {

    @TempDir
    Path dir;

    @Test
    void buildsTheGraphInTheDataFolderAndStopsInReverseOrder() throws Exception {
        List<String> stopped = new ArrayList<>();
        try (AppContext ctx = AppContext.start(new GlobalOptions(dir, false))) {
            assertThat(ctx.dataDir()).isEqualTo(dir.toAbsolutePath().normalize());
            assertThat(dir.resolve(Store.FILE_NAME)).exists();
            ctx.settings().put("k", "v");
            ctx.onShutdown("first", () -> stopped.add("first"));
            ctx.onShutdown("second", () -> stopped.add("second"));
            ctx.onShutdown("failing", () -> {
                throw new IllegalStateException("a failing stop must not stop the others");
            });
        }
        assertThat(stopped).containsExactly("second", "first");
        await().until(() -> Files.exists(dir.resolve("logs").resolve("ewc-station.log")));
        assertThat(Files.readString(dir.resolve("logs").resolve("ewc-station.log")))
                .contains("EWC Station starting");
    }
}
