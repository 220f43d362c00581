package org.ewcstation.services.repository;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A controller release and the AP image version built for it are two kinds of number, matched by their train. */
class VersionsTest {

    @Test
    void anApImageBelongsToTheReleaseOfItsFirstThreeNumbers() {
        assertThat(Versions.apImageOfRelease("17.12.1.5", "17.12.1")).isTrue();
        assertThat(Versions.apImageOfRelease("17.9.4.27", "17.9.4a")).isTrue();
        assertThat(Versions.apImageOfRelease("17.09.04.27", "17.9.4a")).isTrue();
        assertThat(Versions.apImageOfRelease("17.12.1.5", "17.9.4a")).isFalse();
        assertThat(Versions.apImageOfRelease("17.12.1", "17.12")).isFalse();
        assertThat(Versions.apImageOfRelease("", "17.12.1")).isFalse();
    }
}
