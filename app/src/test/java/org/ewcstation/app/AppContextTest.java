package org.ewcstation.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ewcstation.app.cli.GlobalOptions;
import org.ewcstation.i18n.Msg;
import org.ewcstation.servers.event.Protocol;
import org.ewcstation.servers.event.TransferEvent;
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

    /**
     * The root's keep-awake hears the servers' transfers and the runs' stages. The OS is really asked: where logind
     * runs it holds, elsewhere (a container without a system bus) it says why; either way the work is seen.
     */
    @Test
    void theServersTransfersAndTheRunsReachTheKeepAwake() {
        try (AppContext ctx = AppContext.start(new GlobalOptions(dir, false))) {
            InetSocketAddress ap = new InetSocketAddress("127.0.0.1", 40000);
            ctx.transferListeners()
                    .onEvent(new TransferEvent.Started(1, Instant.now(), Protocol.TFTP, ap, "ap1g7", 10, Map.of()));
            await().until(() -> ctx.keepAwake().state().transfers() == 1
                    && (ctx.keepAwake().state().held()
                            || ctx.keepAwake().state().problem().isPresent()));
            assertThat(ctx.keepAwake().state().status()).isPresent();
            ctx.powerPreferences().saveKeepAwake(false);
            await().until(() ->
                    !ctx.keepAwake().state().held() && !ctx.keepAwake().state().enabled());
            assertThat(ctx.keepAwake().state().status()).contains(Msg.of("power.status.off"));
        }
        AppContext again = AppContext.start(new GlobalOptions(dir, false));
        try (again) {
            assertThat(again.powerPreferences().keepAwake()).isFalse(); // the setting outlives a restart
        }
    }
}
