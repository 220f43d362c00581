package org.ewcstation.services.ewc.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.ewcstation.services.ewc.model.InstallFailure;
import org.ewcstation.services.ewc.model.InstallResult;
import org.ewcstation.services.ewc.model.InstallResult.Status;
import org.junit.jupiter.api.Test;

/**
 * The install engine's ends and failures in the forms public IOS-XE transcripts show (CiscoTestAutomation genielibs'
 * install API tests, unicon's install dialogs, published field transcripts of 9300 / 9800 upgrades); the names,
 * dates and addresses are ours.
 */
class InstallOutputTest {

    private final InstallOutput reader = new InstallOutput();

    @Test
    void aOneShotFailureWithNothingButItsNameIsAFailure() {
        // genielibs execute_install_one_shot test: START then a bare FAILED line, CR LF
        InstallResult r = reader.read("install_add_activate_commit: START Thu Mar 27 06:52:57 UTC 2025\r\n"
                + "FAILED: install_add_activate_commit\r\n");
        assertThat(r.status()).isEqualTo(Status.FAILED);
        assertThat(r.operation()).isEqualTo("install_add_activate_commit");
        assertThat(r.cause()).isNull();
    }

    @Test
    void theFlashSpaceFailureNamesItsCause() {
        // genielibs install image test: two FAILED lines, the first with the sizes
        InstallResult r =
                reader.read("FAILED: flash: requires 455144 KB of free space, but only 99460 KB is available\n"
                        + "FAILED: install_add  exit(1)");
        assertThat(r.status()).isEqualTo(Status.FAILED);
        assertThat(r.failure()).hasSize(2);
        assertThat(r.cause()).isEqualTo(InstallFailure.INSUFFICIENT_SPACE);
    }

    @Test
    void aMemberLineFailsTheRunEvenAmidLogLinesOnTheTerminal() {
        // a field transcript: the log line runs into the engine's START on one line, the member refuses
        String out = "*Sep 22 16:05:29.836: %INSTALL-5-INSTALL_START_INFO: R0/0: install_mgr: Started install add"
                + " bootflash:x.SPA.bin install_add: START Fri Sep 22 16:05:29 UTC 2023\n"
                + "install_add: Adding IMG\n"
                + " [1]  R0 FAILED: Booted in bundle mode. For Bundle-to-Install mode conversion, please use one-shot"
                + " CLI - install add file <> activate commit\n"
                + "FAILED: install_add /bootflash/x.SPA.bin Fri Sep 22 16:05:29 UTC 2023\n";
        InstallResult r = reader.read(out);
        assertThat(r.status()).isEqualTo(Status.FAILED);
        assertThat(r.operation()).isEqualTo("install_add");
        assertThat(r.failureText()).contains("Booted in bundle mode");
    }

    @Test
    void anAlreadyAddedPackageIsAFailureWithTheControllersWords() {
        InstallResult r = reader.read("install_add: START Mon Jun  2 21:57:01 UTC 2025\n"
                + "install_add: Adding PACKAGE\n"
                + "install_add: Checking whether new add is allowed ....\n"
                + "FAILED: install_add : Super package already added. Add operation not allowed. 'install remove"
                + " inactive' can be used to discard added packages");
        assertThat(r.status()).isEqualTo(Status.FAILED);
        assertThat(r.failureText()).contains("Super package already added");
    }

    @Test
    void progressWithoutAnEndIsRunningAndItsLastLineIsTheHeartbeat() {
        InstallResult r = reader.read("install_add: START Mon Dec  7 10:11:10 UTC 2026\ninstall_add: Adding PACKAGE\n"
                + "--- Starting Add ---\nPerforming Add on Active/Standby\n  [1/R0] Add package(s) on R0\n");
        assertThat(r.status()).isEqualTo(Status.RUNNING);
        assertThat(r.lastProgress()).isEqualTo("[1/R0] Add package(s) on R0");
    }

    @Test
    void informationalLogLinesAloneAreNotTheEngineAndNotAFailure() {
        InstallResult r = reader.read("*Dec  7 10:11:12.123: %INSTALL-5-INSTALL_START_INFO: Chassis 1 R0/0:"
                + " install_engine: Started install add tftp://192.0.2.10/ap1g7\nEWC#");
        assertThat(r.status()).isEqualTo(Status.NONE);
    }

    @Test
    void theCommandsOfTheFamilyAreKnownByTheirFirstWord() {
        assertThat(InstallOutput.isInstallCommand("install add profile default"))
                .isTrue();
        assertThat(InstallOutput.isInstallCommand("  install commit")).isTrue();
        assertThat(InstallOutput.isInstallCommand("show install summary")).isFalse();
        assertThat(InstallOutput.isInstallCommand("install")).isFalse();
    }
}
