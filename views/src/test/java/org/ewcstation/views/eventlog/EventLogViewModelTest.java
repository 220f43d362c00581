package org.ewcstation.views.eventlog;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ewcstation.i18n.Language;
import org.ewcstation.i18n.Messages;
import org.ewcstation.servers.event.Protocol;
import org.ewcstation.servers.event.TransferEvent;
import org.ewcstation.views.fx.Localization;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventLogViewModelTest {

    static final InetSocketAddress PEER = new InetSocketAddress("127.0.0.1", 40000);

    @TempDir
    Path dir;

    @Test
    void filtersBySourceLevelAndSearchAndFollowsTheLanguage() {
        Localization loc = new Localization(Language.ENGLISH);
        EventLogViewModel vm = new EventLogViewModel(loc);
        vm.append(List.of(
                TransferEntries.toEntry(new TransferEvent.Refused(
                                Instant.now(),
                                Protocol.TFTP,
                                PEER,
                                "Wrong-Path/ap1g6",
                                TransferEvent.RefusalReason.NOT_FOUND,
                                ""))
                        .orElseThrow(),
                LogEntry.raw(
                        Instant.now(),
                        LogEntry.Source.SYSLOG,
                        "127.0.0.1",
                        LogEntry.Level.INFO,
                        "%INSTALL-5-INSTALL_COMPLETED_INFO: Completed install add"),
                TransferEntries.toEntry(new TransferEvent.SessionOpened(Instant.now(), Protocol.SFTP, PEER, "ewc"))
                        .orElseThrow()));
        assertThat(vm.visibleEntries()).hasSize(3);
        vm.minLevelProperty().set(LogEntry.Level.ERROR);
        assertThat(vm.visibleEntries())
                .singleElement()
                .extracting(vm::render)
                .asString()
                .contains("Wrong-Path/ap1g6", "not in the served folder");
        vm.minLevelProperty().set(LogEntry.Level.INFO);
        vm.sources().remove(LogEntry.Source.SYSLOG);
        assertThat(vm.visibleEntries()).extracting(LogEntry::source).doesNotContain(LogEntry.Source.SYSLOG);
        vm.sources().add(LogEntry.Source.SYSLOG);
        vm.searchProperty().set("プロファイル");
        assertThat(vm.visibleEntries()).isEmpty();
        loc.languageProperty().set(Language.JAPANESE);
        assertThat(vm.visibleEntries())
                .singleElement()
                .extracting(vm::render)
                .asString()
                .contains("イメージパス");
    }

    @Test
    void keepsAtMostTheNewestLinesAndExportsWhatIsVisible() throws Exception {
        EventLogViewModel vm = new EventLogViewModel(new Localization(Language.ENGLISH));
        List<LogEntry> many = new ArrayList<>();
        for (int i = 0; i < EventLogViewModel.MAX_LINES + 10; i++) {
            many.add(LogEntry.raw(Instant.now(), LogEntry.Source.SSH, "", LogEntry.Level.INFO, "line " + i));
        }
        vm.append(many);
        assertThat(vm.size()).isEqualTo(EventLogViewModel.MAX_LINES);
        assertThat(vm.render(vm.visibleEntries().getFirst())).isEqualTo("line 10");
        vm.searchProperty().set("line 2000");
        Path out = dir.resolve("log.txt");
        int n = vm.export(out);
        assertThat(n).isEqualTo(vm.visibleEntries().size()).isGreaterThan(0);
        assertThat(Files.readAllLines(out))
                .allSatisfy(l -> assertThat(l).contains("\tSSH\t").contains("line 2000"));
    }

    @Test
    void everyEventKindRendersInBothLanguages() {
        Instant t = Instant.now();
        List<TransferEvent> events = new ArrayList<>();
        events.add(new TransferEvent.Started(1, t, Protocol.TFTP, PEER, "f", 10, Map.of()));
        events.add(new TransferEvent.Completed(1, t, Protocol.TFTP, PEER, "f", 10, Duration.ofSeconds(1), 10));
        for (TransferEvent.FailureReason r : TransferEvent.FailureReason.values()) {
            events.add(new TransferEvent.Failed(1, t, Protocol.TFTP, PEER, "f", 1, r, "x"));
        }
        for (TransferEvent.RefusalReason r : TransferEvent.RefusalReason.values()) {
            events.add(new TransferEvent.Refused(t, Protocol.SFTP, PEER, "f", r, "x"));
        }
        events.add(new TransferEvent.SessionOpened(t, Protocol.SFTP, PEER, "u"));
        events.add(new TransferEvent.SessionClosed(t, Protocol.SFTP, PEER, "u", Duration.ofMinutes(2)));
        events.add(new TransferEvent.AuthFailed(t, Protocol.SFTP, PEER, "u", 2));
        for (Language lang : Language.values()) {
            Messages m = new Messages(lang);
            for (TransferEvent e : events) {
                LogEntry entry = TransferEntries.toEntry(e).orElseThrow();
                assertThat(m.has(entry.message().key()))
                        .as(lang + " " + entry.message().key())
                        .isTrue();
                assertThat(m.text(entry.message())).doesNotContain("!");
            }
        }
        assertThat(TransferEntries.toEntry(new TransferEvent.Progress(1, t, Protocol.TFTP, PEER, "f", 1, 2, 3)))
                .isEmpty();
    }
}
