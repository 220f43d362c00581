package org.ewcstation.services.repository;

import static org.assertj.core.api.Assertions.assertThat;

import org.ewcstation.services.repository.Versions.Comparison;
import org.junit.jupiter.api.Test;

class BundleVersionInfoTest {

    @Test
    void plainVersionString() {
        assertThat(BundleVersionInfo.parse("17.9.4.27\n").version()).contains("17.9.4.27");
        assertThat(BundleVersionInfo.parse("\uFEFF17.12.1.5").version()).contains("17.12.1.5");
    }

    @Test
    void keyValueLines() {
        BundleVersionInfo v = BundleVersionInfo.parse("# bundle\nimage_family: ap\nversion = 17.9.4.27\nbuild=fc3\n");
        assertThat(v.version()).contains("17.9.4.27");
        assertThat(v.fields()).containsEntry("image_family", "ap").containsEntry("build", "fc3");
        assertThat(BundleVersionInfo.parse("name=ewc\nbuilt 2023 release 17.9.4a\n")
                        .version())
                .contains("17.9.4a");
    }

    @Test
    void garbageHasNoVersion() {
        assertThat(BundleVersionInfo.parse("hello world").version()).isEmpty();
        assertThat(BundleVersionInfo.parse("").version()).isEmpty();
    }

    @Test
    void comparesReleaseSpellings() {
        assertThat(Versions.compare("17.09.04a", "17.9.4a")).isEqualTo(Comparison.SAME);
        assertThat(Versions.compare("17.9.4.27", "17.12.1.5")).isEqualTo(Comparison.DIFFERENT);
        assertThat(Versions.compare("17.9.4a", "17.9.4.27")).isEqualTo(Comparison.UNKNOWN);
        assertThat(Versions.compare("17.9.4a", "17.12.1.5")).isEqualTo(Comparison.DIFFERENT);
        assertThat(Versions.compare("", "17.9.4")).isEqualTo(Comparison.UNKNOWN);
        assertThat(Versions.folderName("17.09.04a")).isEqualTo("17_9_4a");
    }
}
