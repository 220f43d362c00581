package org.ewcstation.services.repository;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.ewcstation.services.ewc.model.ApSummaryEntry;
import org.ewcstation.services.ewc.parse.ShowApSummaryParser;
import org.ewcstation.services.ewc.testing.CliFixtures;
import org.ewcstation.services.ewc.testing.PublicSamples;
import org.junit.jupiter.api.Test;

class ApImageCatalogTest {

    private final ApImageCatalog catalog = ApImageCatalog.builtIn();

    @Test
    void modelsAsTheControllerPrintsThemMapToTheirImage() {
        // every model in both show ap summary layouts of our fixtures, spelled as the controller prints it
        assertThat(models("show_ap_summary__new-layout__1.txt"))
                .containsExactly(
                        "C9120AXI-Q", "AIR-AP3802I-Q-K9", "AIR-AP2802E-Q-K9", "C9130AXE-Q", "C9105AXI-Q", "C9115AXI-Q");
        assertThat(models("show_ap_summary__old-layout__1.txt")).containsExactly("9115AXI", "AIR-AP1815I-Q-K9");
        assertThat(catalog.imageTypeOf("AIR-AP2802E-Q-K9")).contains("ap3g3");
        assertThat(catalog.imageTypeOf("AIR-AP3802I-Q-K9")).contains("ap3g3");
        assertThat(catalog.imageTypeOf("C9120AXI-Q")).contains("ap1g7");
        assertThat(catalog.imageTypeOf("C9115AXI-Q")).contains("ap1g7");
        assertThat(catalog.imageTypeOf("C9130AXE-Q")).contains("ap1g6a");
        assertThat(catalog.imageTypeOf("C9105AXI-Q")).contains("ap1g8");
        // the old layout prints the model without its C prefix and domain suffix
        assertThat(catalog.imageTypeOf("9115AXI")).contains("ap1g7");
        assertThat(catalog.imageTypeOf("9120AXI")).contains("ap1g7");
        assertThat(catalog.imageTypeOf("AIR-AP1815I-Q-K9")).contains("ap1g5");
    }

    @Test
    void modelsOfThePublicSamplesMapToTheirImage() {
        // extra cross-check on real output; skipped (and reported so) without ../shared/samples
        String summary = PublicSamples.text("show_ap_summary__genieparser__5.txt");
        assertThat(summary).contains("AIR-AP2802E-D-K9").contains("C9120AXE-D");
        assertThat(catalog.imageTypeOf("AIR-AP2802E-D-K9")).contains("ap3g3");
        assertThat(catalog.imageTypeOf("AIR-AP3802E-D-K9")).contains("ap3g3");
        assertThat(catalog.imageTypeOf("C9120AXE-D")).contains("ap1g7");
        for (String sample : List.of("show_ap_summary__genieparser__5.txt", "show_ap_summary__ntc-ios__1.txt")) {
            var aps = new ShowApSummaryParser()
                    .parse(PublicSamples.text(sample))
                    .value()
                    .aps();
            assertThat(aps)
                    .as(sample)
                    .isNotEmpty()
                    .allSatisfy(a -> assertThat(catalog.imageTypeOf(a.model()))
                            .as(a.model())
                            .isPresent());
        }
    }

    private static List<String> models(String fixture) {
        var p = new ShowApSummaryParser().parse(CliFixtures.text(fixture));
        assertThat(p.problems()).isEmpty();
        return p.value().aps().stream().map(ApSummaryEntry::model).toList();
    }

    @Test
    void eachTableRowIsReachable() {
        assertThat(catalog.imageTypeOf("AIR-AP1832I-E-K9")).contains("ap1g4");
        assertThat(catalog.imageTypeOf("AIR-AP1810W-A-K9")).contains("ap1g4");
        assertThat(catalog.imageTypeOf("AIR-AP1815I-E-K9")).contains("ap1g5");
        assertThat(catalog.imageTypeOf("AIR-AP1542I-A-K9")).contains("ap1g5");
        assertThat(catalog.imageTypeOf("AIR-AP1800S-B-K9")).contains("ap1g5");
        assertThat(catalog.imageTypeOf("AIR-AP4800-B-K9")).contains("ap3g3");
        assertThat(catalog.imageTypeOf("AIR-AP1562E-E-K9")).contains("ap3g3");
        assertThat(catalog.imageTypeOf("IW-6300H-AC-B-K9")).contains("ap3g3");
        assertThat(catalog.imageTypeOf("C9117AXI-B")).contains("ap1g6");
        assertThat(catalog.imageTypeOf("C9130AXE-B")).contains("ap1g6a");
        assertThat(catalog.imageTypeOf("C9124AXI-B")).contains("ap1g6a");
        assertThat(catalog.imageTypeOf("C9115AXI-B")).contains("ap1g7");
        assertThat(catalog.imageTypeOf("C9105AXI-B")).contains("ap1g8");
        assertThat(catalog.familiesOf("ap3g3")).hasSize(2);
        assertThat(catalog.imageTypes())
                .containsExactly("ap1g4", "ap1g5", "ap3g3", "ap1g6", "ap1g6a", "ap1g7", "ap1g8");
    }

    @Test
    void unknownModelsAreUnknownNeverGuessed() {
        for (String m :
                List.of("C9136I-B", "CW9166I-B", "CW9176I", "C9162I-B", "AIR-AP18150", "AIR-CAP702I", "", "  ")) {
            assertThat(catalog.imageTypeOf(m)).as(m).isEmpty();
        }
        assertThat(catalog.imageTypeOf(null)).isEmpty();
    }
}
