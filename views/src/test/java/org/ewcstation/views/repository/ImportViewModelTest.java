package org.ewcstation.views.repository;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.ewcstation.i18n.Msg;
import org.ewcstation.services.repository.ApImageCatalog;
import org.ewcstation.services.repository.BundleInspector;
import org.ewcstation.services.repository.ImageRepository;
import org.ewcstation.views.eventlog.LogEntry;
import org.ewcstation.views.fx.RecordingDialogs;
import org.ewcstation.views.fx.UiExecutors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A real import into a real folder; the dialogs are a recording stand-in (no toolkit in this module's tests). */
class ImportViewModelTest {

    @TempDir
    Path dir;

    @Test
    void importsAFolderBundleAndReportsItThenRefusesANonBundle() throws Exception {
        Path source = Files.createDirectories(dir.resolve("download/AIR-AP-BUNDLE-17.12.1"));
        for (String t : List.of("ap1g4", "ap1g5", "ap1g6", "ap1g6a", "ap1g7", "ap1g8", "ap3g3")) {
            Files.write(source.resolve(t), new byte[4096]);
        }
        Files.writeString(source.resolve("version.info"), "17.12.1.5\n");
        Path root = Files.createDirectories(dir.resolve("served"));
        List<LogEntry> log = new ArrayList<>();
        RecordingDialogs dialogs = new RecordingDialogs();
        int[] refreshed = {0};
        ImportViewModel vm = new ImportViewModel(
                () -> new ImageRepository(root, "EWC", new BundleInspector(ApImageCatalog.builtIn())),
                UiExecutors.sameThread(),
                ImportViewModelTest::noSampling,
                dialogs,
                log::add,
                () -> refreshed[0]++);

        vm.importFrom(source);
        assertThat(refreshed[0]).isEqualTo(1);
        assertThat(vm.importingProperty().get()).isFalse();
        assertThat(log).first().extracting(e -> e.message().key()).isEqualTo("import.done");
        assertThat(dialogs.notified).extracting(Msg::key).containsExactly("import.done");
        try (var found = Files.list(root.resolve("EWC"))) {
            Path bundle = found.findFirst().orElseThrow();
            assertThat(bundle.resolve("ap1g8")).exists();
        }

        vm.importFrom(Files.createDirectories(dir.resolve("not-a-bundle")));
        assertThat(dialogs.errors).hasSize(1);
        assertThat(refreshed[0]).isEqualTo(1);
    }

    static <T> AutoCloseable noSampling(long ms, Supplier<T> s, Consumer<T> c) {
        return () -> {};
    }
}
