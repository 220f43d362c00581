package org.ewcstation.services.repository;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NearestPathTest {

    @TempDir
    Path root;

    @Test
    void suggestsTheExistingImageClosestToTheWrongPath() throws Exception {
        SyntheticBundles.folder(root.resolve("EWC/17_9_4a"), SyntheticBundles.seedFiles("17.9.4.27"));
        SyntheticBundles.folder(root.resolve("EWC/17_12_1"), SyntheticBundles.seedFiles("17.12.1.5"));
        NearestPath nearest = new NearestPath(root);
        // the seed's wrong paths
        assertThat(nearest.nearest("/Wrong-Path/ap1g6"))
                .isPresent()
                .get()
                .asString()
                .matches("/EWC/17_(9_4a|12_1)/ap1g6");
        assertThat(nearest.nearest("Documents/Wrong-Path/ap1g6"))
                .get()
                .asString()
                .endsWith("/ap1g6");
        assertThat(nearest.nearest("/EWC/17_9_4A/ap1g6")).contains("/EWC/17_9_4a/ap1g6");
        assertThat(nearest.nearest("/ewc/17_12_1/ap3g3")).contains("/EWC/17_12_1/ap3g3");
        assertThat(nearest.nearest("/EWC/17_9_4a/ap9z9")).isEmpty();
        assertThat(nearest.nearest("")).isEmpty();
    }
}
