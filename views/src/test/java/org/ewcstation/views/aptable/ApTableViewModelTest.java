package org.ewcstation.views.aptable;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.collections.ListChangeListener;
import org.ewcstation.i18n.Language;
import org.ewcstation.services.ewc.model.PredownloadPhase;
import org.ewcstation.services.ewc.poll.ApStatus;
import org.ewcstation.views.fx.Localization;
import org.junit.jupiter.api.Test;

/** The AP table's view model, without a toolkit. */
class ApTableViewModelTest {

    static ApRow ap(String name, String model, String status, double percent) {
        return new ApRow(
                name,
                model,
                "ap1g7",
                "192.0.2.10",
                "",
                "17.9.3.50",
                "17.9.4.27",
                status,
                "17.9.4.27",
                0,
                "",
                "TFTP",
                percent,
                percent < 0 ? "" : "0:30",
                false);
    }

    @Test
    void countsLikeShowApImageAndFilters() {
        ApTableViewModel vm = new ApTableViewModel(new Localization(Language.ENGLISH));
        vm.setRows(
                List.of(
                        ap("AP-1", "C9120AXI-E", "Predownloading", 40),
                        ap("AP-2", "C9105AXI-E", "Complete", 100),
                        ap("AP-3", "AIR-AP2802I-Q-K9", "Failed", -1),
                        ap("AP-4", "C9130AXI-E", "Initiated", 0),
                        ap("AP-5", "C9115AXI-E", "None", -1)),
                0);
        assertThat(vm.totalProperty().get()).isEqualTo(5);
        assertThat(vm.predownloadingProperty().get()).isEqualTo(1);
        assertThat(vm.completeProperty().get()).isEqualTo(1);
        assertThat(vm.failedProperty().get()).isEqualTo(1);
        assertThat(vm.initiatedProperty().get()).isEqualTo(1);
        vm.filterProperty().set("2802");
        assertThat(vm.visibleRows()).extracting(ApItem::name).containsExactly("AP-3");
        vm.filterProperty().set("complete");
        assertThat(vm.visibleRows()).extracting(ApItem::name).containsExactly("AP-2");
        vm.filterProperty().set("");
        assertThat(vm.visibleRows()).hasSize(5);
    }

    @Test
    void filtersByWhatIsDisplayedInEachLanguageAndByCounterChip() {
        Localization loc = new Localization(Language.ENGLISH);
        ApTableViewModel vm = new ApTableViewModel(loc);
        vm.setRows(
                List.of(
                        ap("AP-1", "C9120AXI-E", "Predownloading", 40),
                        ap("AP-2", "C9105AXI-E", "Complete", 100),
                        ap("AP-5", "C9115AXI-E", "None", -1)),
                0);
        vm.filterProperty().set("not started");
        assertThat(vm.visibleRows()).extracting(ApItem::name).containsExactly("AP-5");
        loc.languageProperty().set(Language.JAPANESE);
        vm.filterProperty().set("完了");
        assertThat(vm.visibleRows()).extracting(ApItem::name).containsExactly("AP-2");
        assertThat(vm.statusLabel("Predownloading")).isEqualTo("プレダウンロード中");
        assertThat(vm.statusLabel("Something new")).isEqualTo("Something new");
        vm.filterProperty().set("");
        vm.chipProperty().set(StatusChip.ACTIVE);
        assertThat(vm.visibleRows()).extracting(ApItem::name).containsExactly("AP-1");
        vm.chipProperty().set(null);
        assertThat(vm.visibleRows()).hasSize(3);
    }

    @Test
    void reportsChangedRowsAndKeepsRowObjectsInPlace() {
        ApTableViewModel vm = new ApTableViewModel(new Localization(Language.ENGLISH));
        vm.setRows(List.of(ap("AP-1", "C9120AXI-E", "Initiated", 0), ap("AP-2", "C9105AXI-E", "Initiated", 0)), 1000);
        var changed = vm.setRows(
                List.of(
                        ap("AP-1", "C9120AXI-E", "Predownloading", 10),
                        ap("AP-2", "C9105AXI-E", "Initiated", 0),
                        ap("AP-9", "C9115AXI-E", "Initiated", 0)),
                2000);
        assertThat(changed).containsExactly("AP-1");
        assertThat(vm.allRows()).extracting(ApRow::name).containsExactly("AP-1", "AP-2", "AP-9");
        assertThat(vm.recentlyChanged("AP-1", 2500, 1500)).isTrue();
        assertThat(vm.recentlyChanged("AP-1", 4000, 1500)).isFalse();
        assertThat(vm.recentlyChanged("AP-2", 2500, 1500)).isFalse();
        vm.setRows(List.of(ap("AP-9", "C9115AXI-E", "Complete", 100)), 3000);
        assertThat(vm.allRows()).extracting(ApRow::name).containsExactly("AP-9");
        assertThat(vm.completeProperty().get()).isEqualTo(1);
    }

    @Test
    void aPollThatOnlyChangesValuesUpdatesTheApsInPlaceWithoutAListChange() {
        ApTableViewModel vm = new ApTableViewModel(new Localization(Language.ENGLISH));
        vm.setRows(List.of(ap("AP-1", "C9120AXI-E", "Initiated", 0), ap("AP-2", "C9105AXI-E", "Initiated", 0)), 0);
        ApItem first = vm.visibleRows().getFirst();
        List<ApRow> seen = new ArrayList<>();
        first.rowProperty().addListener((obs, old, now) -> seen.add(now));
        AtomicInteger listChanges = new AtomicInteger();
        vm.visibleRows().addListener((ListChangeListener<ApItem>) c -> listChanges.incrementAndGet());

        vm.setRows(
                List.of(ap("AP-1", "C9120AXI-E", "Predownloading", 30), ap("AP-2", "C9105AXI-E", "Initiated", 0)), 1);
        vm.setRows(
                List.of(ap("AP-1", "C9120AXI-E", "Predownloading", 30), ap("AP-2", "C9105AXI-E", "Initiated", 0)), 2);

        // a list change makes JavaFX re-lay out every visible cell of both tables: values alone must not cause one
        assertThat(listChanges).hasValue(0);
        assertThat(vm.visibleRows().getFirst()).isSameAs(first);
        assertThat(seen).extracting(ApRow::percent).containsExactly(30.0);
        assertThat(vm.item("AP-1"))
                .get()
                .extracting(i -> i.row().predownloadStatus())
                .isEqualTo("Predownloading");
        assertThat(vm.predownloadingProperty().get()).isEqualTo(1);
    }

    @Test
    void aChangedValueMovesAnApIntoTheChosenChipAndIntoItsSortedPlace() {
        ApTableViewModel vm = new ApTableViewModel(new Localization(Language.ENGLISH));
        vm.setRows(
                List.of(
                        ap("AP-1", "C9120AXI-E", "Predownloading", 10),
                        ap("AP-2", "C9105AXI-E", "Predownloading", 50),
                        ap("AP-3", "C9115AXI-E", "Complete", 100)),
                0);
        vm.chipProperty().set(StatusChip.COMPLETE);
        assertThat(vm.visibleRows()).extracting(ApItem::name).containsExactly("AP-3");
        vm.setRows(
                List.of(
                        ap("AP-1", "C9120AXI-E", "Complete", 100),
                        ap("AP-2", "C9105AXI-E", "Predownloading", 60),
                        ap("AP-3", "C9115AXI-E", "Complete", 100)),
                1);
        assertThat(vm.visibleRows()).extracting(ApItem::name).containsExactly("AP-1", "AP-3");

        vm.chipProperty().set(null);
        vm.orderProperty().set(Comparator.comparingDouble(i -> i.row().percent()));
        assertThat(vm.visibleRows()).extracting(ApItem::name).containsExactly("AP-2", "AP-1", "AP-3");
        vm.setRows(
                List.of(
                        ap("AP-1", "C9120AXI-E", "Complete", 100),
                        ap("AP-2", "C9105AXI-E", "Predownloading", 60),
                        ap("AP-3", "C9115AXI-E", "Failed", 0)),
                2);
        assertThat(vm.visibleRows()).extracting(ApItem::name).containsExactly("AP-3", "AP-2", "AP-1");
    }

    @Test
    void exportsQuoteWhatNeedsQuoting() {
        ApRow tricky = new ApRow(
                "AP \"lobby\", 2F",
                "C9120AXI-E",
                "ap1g7",
                "2001:db8::5",
                "687d.b402.bb44",
                "17.9.3.50",
                "",
                "Complete",
                "17.9.4.27",
                2,
                "",
                "SFTP",
                100,
                "",
                false);
        String csv = ApTableExport.csv(List.of("Name", "Model"), List.of(tricky), s -> s);
        assertThat(csv)
                .startsWith("Name,Model\r\n")
                .contains("\"AP \"\"lobby\"\", 2F\",C9120AXI-E,ap1g7,2001:db8::5,687d.b402.bb44,17.9.3.50,");
        String tsv = ApTableExport.tsv(List.of("Name"), List.of(tricky), s -> s);
        assertThat(tsv.lines().toList().get(1).split("\t", -1)).hasSize(15).contains("100", "2", "687d.b402.bb44");
        assertThat(ApTableExport.HEADER_KEYS).hasSize(15);
    }

    /** The window's Export CSV… and Copy neutralise formulas as the run report does (one writer for all three). */
    @Test
    void exportAndCopyMakeAFormulaInAnApNameInert() {
        ApRow hostile = new ApRow(
                "=HYPERLINK(\"http://192.0.2.66/\",\"click\")",
                "C9120AXI-E",
                "ap1g7",
                "2001:db8::5",
                "687d.b402.bb44",
                "17.9.3.50",
                "",
                "Complete",
                "17.9.4.27",
                2,
                "",
                "SFTP",
                100,
                "",
                false);
        String csv = ApTableExport.csv(List.of("Name"), List.of(hostile), s -> s);
        assertThat(csv.lines().toList().get(1)).startsWith("\"'=HYPERLINK(\"\"http://192.0.2.66/\"\"");
        String tsv = ApTableExport.tsv(List.of("Name"), List.of(hostile), s -> s);
        assertThat(tsv.lines().toList().get(1)).startsWith("'=HYPERLINK(");
    }

    @Test
    void theEthernetMacComesFromThePollAndTheFilterFindsIt() {
        ApStatus s = new ApStatus(
                "AP-1",
                "C9120AXI-E",
                "ap1g7",
                "687d.b402.bb44",
                "687d.b475.dba0",
                "192.0.2.10",
                "Registered",
                "17.9.3.50",
                "17.9.4.27",
                "Complete",
                PredownloadPhase.COMPLETE,
                "17.9.4.27",
                null,
                0,
                "TFTP",
                100,
                null);
        ApRow row = ApRows.of(s);
        assertThat(row.ethernetMac()).isEqualTo("687d.b402.bb44");
        ApTableViewModel vm = new ApTableViewModel(new Localization(Language.ENGLISH));
        vm.setRows(List.of(row, ap("AP-2", "C9105AXI-E", "Complete", 100)), 0);
        vm.filterProperty().set("B402.BB44");
        assertThat(vm.visibleRows()).extracting(ApItem::name).containsExactly("AP-1");
    }

    @Test
    void statusWordsMapToChips() {
        assertThat(StatusChip.of("Predownloading")).isEqualTo(StatusChip.ACTIVE);
        assertThat(StatusChip.of("Complete")).isEqualTo(StatusChip.COMPLETE);
        assertThat(StatusChip.of("Failed to Predownload")).isEqualTo(StatusChip.FAILED);
        assertThat(StatusChip.of("Initiated")).isEqualTo(StatusChip.INITIATED);
        assertThat(StatusChip.of("None")).isEqualTo(StatusChip.NONE);
        assertThat(StatusChip.of(null)).isEqualTo(StatusChip.NONE);
    }

    @Test
    void progressTextHasNoTimeLeftOnceDone() {
        ApRow done = ap("AP-2", "C9105AXI-E", "Complete", 100);
        assertThat(done.progressText()).isEqualTo("100 %");
        ApRow na = new ApRow("AP-3", "m", "t", "", "", "", "", "Predownloading", "", 0, "", "", 40, "N/A", false);
        assertThat(na.progressText()).isEqualTo("40 %");
        assertThat(ap("AP-1", "m", "Predownloading", 42).progressText()).isEqualTo("42 %  0:30");
    }
}
