package org.ewcstation.services.ewc.dialect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.ewcstation.services.ewc.session.EwcError;
import org.ewcstation.services.ewc.session.EwcException;
import org.junit.jupiter.api.Test;

/** An install command's in-band failure (no {@code %}) stops the action as a {@code %} line does. */
class ActionRunnerRefusalTest {

    @Test
    void anInstallFailedLineIsARefusalCarryingTheControllersWords() {
        String out = "install_add: START Mon Dec  7 10:20:01 UTC 2026\n"
                + "FAILED: install_add : System configuration has been modified. Please save configuration and"
                + " resubmit command.\n";
        assertThatThrownBy(() -> ActionRunner.refusal("install add profile default", out))
                .isInstanceOfSatisfying(EwcException.class, e -> {
                    assertThat(e.error()).isEqualTo(EwcError.COMMAND_REJECTED);
                    assertThat(e.command()).isEqualTo("install add profile default");
                    assertThat(e.controllerText()).startsWith("FAILED: install_add");
                });
    }

    @Test
    void theSameWordsFromAnotherCommandAreNotAnInstallFailure() {
        assertThatCode(() -> ActionRunner.refusal("show logging", "FAILED: install_add : old line in a buffer\n"))
                .doesNotThrowAnyException();
    }

    @Test
    void aSuccessfulInstallIsAccepted() {
        assertThatCode(() -> ActionRunner.refusal("install commit", "install_commit: START\nSUCCESS: install_commit\n"))
                .doesNotThrowAnyException();
    }

    @Test
    void aPercentLineIsStillARefusal() {
        assertThatThrownBy(() -> ActionRunner.refusal("install abort", "% Invalid input detected at '^' marker.\n"))
                .isInstanceOfSatisfying(
                        EwcException.class, e -> assertThat(e.error()).isEqualTo(EwcError.COMMAND_REJECTED));
    }
}
