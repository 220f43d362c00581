package org.ewcstation.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.ewcstation.simulator.SimulatedEwc;
import org.ewcstation.testsupport.Peers;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Smoke test of the simulated EWC with the real OpenSSH client in a pty (through sshpass), as a
 * technician would log in: identification string, prompts, enable, show output, the caret.
 */
@Tag("interop")
class SimulatorOpenSshInteropTest {

    @Test
    void openSshClientDrivesTheShell() throws Exception {
        Peers.require("openssh-client", "/usr/bin/ssh");
        Peers.require("sshpass", "/usr/bin/sshpass");
        try (SimulatedEwc ewc = SimulatedEwc.builder().capwapPort(-1).start()) {
            Process p = new ProcessBuilder(
                            "sshpass",
                            "-p",
                            ewc.settings().password(),
                            "ssh",
                            "-tt",
                            "-v",
                            "-o",
                            "StrictHostKeyChecking=no",
                            "-o",
                            "UserKnownHostsFile=/dev/null",
                            "-o",
                            "ConnectTimeout=20",
                            "-p",
                            Integer.toString(ewc.sshPort()),
                            ewc.settings().user() + "@127.0.0.1")
                    .start();
            try {
                drive(ewc, p);
            } finally {
                p.destroy();
            }
        }
    }

    private static void drive(SimulatedEwc ewc, Process p) throws Exception {
        CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> read(p.getInputStream()));
        CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(p.getErrorStream()));
        try (OutputStream keys = p.getOutputStream()) {
            // type-ahead: the controller reads one line after the other, as a real vty does
            keys.write(("terminal length 0\rshow ap summary\renable\r"
                            + ewc.settings().enableSecret() + "\rsh ap im\rshow foo\rexit\r")
                    .getBytes(StandardCharsets.US_ASCII));
        }
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("ssh ended after exit").isTrue();
        String screen = out.get(10, TimeUnit.SECONDS);
        assertThat(err.get(10, TimeUnit.SECONDS)).contains("remote software version Cisco-1.25");
        assertThat(screen)
                .contains("WLC-EWC>show ap summary")
                .contains("Number of APs: 7")
                .contains("WLC-EWC#sh ap im")
                .contains("Predownload in progress    : No")
                .contains("WLC-EWC#show foo\r\n" + " ".repeat(13) + "^\r\n% Invalid input detected at '^' marker.");
    }

    private static String read(InputStream in) {
        try {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
