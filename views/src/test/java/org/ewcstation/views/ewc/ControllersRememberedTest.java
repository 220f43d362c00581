package org.ewcstation.views.ewc;

import static org.assertj.core.api.Assertions.assertThat;

import org.ewcstation.services.ewc.link.ControllerLink;
import org.junit.jupiter.api.Test;

/**
 * The controller list as a technician uses it over days: remembered across restarts (the password only when asked),
 * an address added twice never drops the working session, and a login at the user prompt asks for the enable
 * secret. Same real parts as {@link ControllersHostKeyTest}, whose fixture this extends.
 */
class ControllersRememberedTest extends ControllersHostKeyTest {

    ControllerEntry remembered(boolean remember, String enable) {
        return new ControllerEntry(
                ewc.host(),
                ewc.sshPort(),
                ewc.settings().user(),
                ewc.settings().password().toCharArray(),
                enable.toCharArray(),
                "Lab EWC",
                remember);
    }

    @Test
    void addingTheSameAddressAgainSelectsItAndKeepsItsSession() {
        dialogs.answer = true;
        vm.connect(entry());
        runFx();
        ControllerLink working = vm.selectedLink().orElseThrow();
        assertThat(item().state()).isEqualTo(ControllerItem.State.CONNECTED);

        ControllerEntry mistyped =
                new ControllerEntry(ewc.host(), ewc.sshPort(), "admin", "wrong".toCharArray(), new char[0]);
        vm.connect(mistyped);
        runFx();
        assertThat(vm.controllers()).hasSize(1);
        assertThat(item().state()).isEqualTo(ControllerItem.State.CONNECTED);
        assertThat(vm.selectedLink()).containsSame(working);
        assertThat(mistyped.password()).containsOnly('\0');
    }

    @Test
    void aRememberedControllerReconnectsInTheNextWindowAndAForgottenOneWaitsForItsPassword() {
        dialogs.answer = true;
        vm.connect(remembered(true, ewc.settings().enableSecret()));
        runFx();
        assertThat(item().state()).isEqualTo(ControllerItem.State.CONNECTED);
        vm.close();

        vm = model();
        vm.restoreSaved();
        runFx();
        assertThat(item().state()).isEqualTo(ControllerItem.State.CONNECTED);
        assertThat(item().label()).startsWith("Lab EWC");

        vm.edit(
                item(),
                new ControllerEntry(
                        ewc.host(), ewc.sshPort(), ewc.settings().user(), new char[0], new char[0], "Lab EWC", false));
        runFx();
        assertThat(item().state()).as("renaming keeps the session").isEqualTo(ControllerItem.State.CONNECTED);
        vm.close();
        vm = model();
        vm.restoreSaved();
        runFx();
        assertThat(item().state()).isEqualTo(ControllerItem.State.FAILED);
        assertThat(item().problem().key()).isEqualTo("controllers.state.needsPassword");
        assertThat(vm.reconnect(item()))
                .as("no password known: the caller asks")
                .isFalse();

        vm.remove(item());
        vm.close();
        vm = model();
        vm.restoreSaved();
        assertThat(vm.controllers()).isEmpty();
    }

    @Test
    void aLoginAtTheUserPromptAsksForTheEnableSecret() {
        dialogs.answer = true;
        dialogs.secret = ewc.settings().enableSecret();
        vm.connect(remembered(false, ""));
        runFx();
        assertThat(dialogs.asked).extracting(m -> m.key()).contains("controllers.enable.prompt");
        assertThat(item().state()).isEqualTo(ControllerItem.State.CONNECTED);
        assertThat(vm.selectedLink().orElseThrow().credentials().enableSecret())
                .isEqualTo(ewc.settings().enableSecret());
    }
}
