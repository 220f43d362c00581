package org.ewcstation.services.repository;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ApImageCatalogTest {

    private final ApImageCatalog catalog = ApImageCatalog.builtIn();

    @Test
    void modelsFromRealShowApSummaryOutputMapToTheirImage() throws IOException {
        // The models in the public samples, as the controller prints them.
        Path shared = Path.of(System.getProperty("ewcstation.shared", "../../shared"));
        String summary = Files.readString(shared.resolve("samples/show_ap_summary__genieparser__5.txt"));
        assertThat(summary).contains("AIR-AP2802E-D-K9").contains("C9120AXE-D");
        assertThat(catalog.imageTypeOf("AIR-AP2802E-D-K9")).contains("ap3g3");
        assertThat(catalog.imageTypeOf("AIR-AP3802E-D-K9")).contains("ap3g3");
        assertThat(catalog.imageTypeOf("C9120AXE-D")).contains("ap1g7");
        assertThat(catalog.imageTypeOf("9120AXI")).contains("ap1g7");
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
