package org.ewcstation.services.history;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ControllerIdentityTest {

    @Test
    void labelNamesWhatIsKnownAndAlwaysTheAddress() {
        String at = "[fd00::2]:22";
        assertThat(new ControllerIdentity("WLC-Lab1", "C9130AXI-B", "FGL2351ABCD").label(at))
                .isEqualTo("WLC-Lab1 (C9130AXI-B, FGL2351ABCD) · [fd00::2]:22");
        assertThat(new ControllerIdentity("WLC-Lab1", "", "").label(at)).isEqualTo("WLC-Lab1 · [fd00::2]:22");
        assertThat(new ControllerIdentity("", "C9130AXI-B", "").label(at)).isEqualTo("C9130AXI-B · [fd00::2]:22");
        assertThat(new ControllerIdentity(" ", null, "\t").label(at)).isEqualTo(at);
        assertThat(ControllerIdentity.of(null)).isEqualTo(ControllerIdentity.UNKNOWN);
    }
}
