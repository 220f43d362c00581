package org.ewcstation.services.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DataDirectoryTest {

    @Test
    void explicitBeatsEnvironmentBeatsOsDefault() {
        Map<String, String> env = Map.of(DataDirectory.ENV_VAR, "/tmp/from-env", "XDG_DATA_HOME", "/xdg");
        assertThat(DataDirectory.resolve(Path.of("/tmp/explicit"), env, "Linux", "/home/u"))
                .isEqualTo(Path.of("/tmp/explicit"));
        assertThat(DataDirectory.resolve(null, env, "Linux", "/home/u")).isEqualTo(Path.of("/tmp/from-env"));
    }

    @Test
    void followsEachOsConvention() {
        assertThat(DataDirectory.resolve(null, Map.of("XDG_DATA_HOME", "/xdg"), "Linux", "/home/u"))
                .isEqualTo(Path.of("/xdg/ewc-station"));
        assertThat(DataDirectory.resolve(null, Map.of(), "Linux", "/home/u"))
                .isEqualTo(Path.of("/home/u/.local/share/ewc-station"));
        assertThat(DataDirectory.resolve(null, Map.of("XDG_DATA_HOME", "relative"), "Linux", "/home/u"))
                .isEqualTo(Path.of("/home/u/.local/share/ewc-station"));
        assertThat(DataDirectory.resolve(null, Map.of(), "Mac OS X", "/Users/u"))
                .isEqualTo(Path.of("/Users/u/Library/Application Support/EWC Station"));
        assertThat(DataDirectory.resolve(
                        null, Map.of("APPDATA", "/c/Users/u/AppData/Roaming"), "Windows 11", "/c/Users/u"))
                .isEqualTo(Path.of("/c/Users/u/AppData/Roaming/EWC Station"));
    }
}
