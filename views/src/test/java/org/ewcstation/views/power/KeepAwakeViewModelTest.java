package org.ewcstation.views.power;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.ewcstation.i18n.Msg;
import org.ewcstation.services.power.KeepAwakeState;
import org.junit.jupiter.api.Test;

/** The status bar's chip: hidden without work, plain while held, a warning while work runs unprotected. */
class KeepAwakeViewModelTest {

    final KeepAwakeViewModel vm = new KeepAwakeViewModel();

    @Test
    void hiddenWithoutWork() {
        vm.update(KeepAwakeState.IDLE);
        assertThat(vm.textProperty().get()).isNull();
        assertThat(vm.warning()).isFalse();
    }

    @Test
    void heldDuringARunSaysWhyWithoutWarning() {
        vm.update(new KeepAwakeState(true, true, 1, List.of("192.0.2.10:22"), Optional.empty()));
        assertThat(vm.text()).contains(Msg.of("power.status.both", 1, "192.0.2.10:22"));
        assertThat(vm.chipProperty().get()).isEqualTo(Msg.of("power.status.both", 1, "192.0.2.10:22"));
        assertThat(vm.warning()).isFalse();
        assertThat(vm.tip().key()).isEqualTo("power.status.tip");
    }

    @Test
    void refusedByTheOsIsAWarningThatSaysWhy() {
        Msg why = Msg.of("power.error.missing", "systemd-inhibit");
        vm.update(new KeepAwakeState(true, false, 2, List.of(), Optional.of(why)));
        assertThat(vm.text()).contains(Msg.of("power.status.failed", why));
        assertThat(vm.chipProperty().get())
                .as("the reason goes to the tooltip")
                .isEqualTo(Msg.of("power.chip.maySleep"));
        assertThat(vm.warning()).isTrue();
    }

    @Test
    void turnedOffWhileWorkRunsIsAWarning() {
        vm.update(new KeepAwakeState(false, false, 1, List.of(), Optional.empty()));
        assertThat(vm.text()).contains(Msg.of("power.status.off"));
        assertThat(vm.warning()).isTrue();
    }
}
