package org.ewcstation.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.ewcstation.simulator.SimulatedEwc;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A login that lands at {@code >} on the command line, in a separate JVM without a terminal: the enable secret comes
 * from {@code --enable-secret-env}; without it, and when the login password is not the secret, the command says how
 * to give it instead of failing later with a parser error.
 */
class EnableSecretCliTest {

    @Test
    void noTerminalAndNoSecretSaysHowToGiveItAndTheVariableWorks(@TempDir Path dir) throws Exception {
        CliProcess cli = new CliProcess(dir);
        try (SimulatedEwc ewc = SimulatedEwc.builder()
                .capwapPort(-1)
                .enableSecret("Other-Secret-7")
                .hostKey(Path.of("target", "test-sim-host-key"))
                .start()) {
            String[] abort = {
                "abort",
                "--host",
                "127.0.0.1",
                "--port",
                String.valueOf(ewc.sshPort()),
                "--user",
                "admin",
                "--password-env",
                "EWC_PW",
                "--yes"
            };
            CliProcess.Run refused = cli.run(Map.of("EWC_PW", ewc.settings().password()), abort);
            assertThat(refused.code()).isEqualTo(2);
            assertThat(refused.err())
                    .contains("Privileged mode (enable) was refused")
                    .contains("There is no terminal to ask for the enable secret")
                    .contains("--enable-secret-env")
                    .doesNotContain("Exception");

            String[] withSecret = new String[abort.length + 2];
            System.arraycopy(abort, 0, withSecret, 0, abort.length);
            withSecret[abort.length] = "--enable-secret-env";
            withSecret[abort.length + 1] = "EWC_ENABLE";
            CliProcess.Run ok =
                    cli.run(Map.of("EWC_PW", ewc.settings().password(), "EWC_ENABLE", "Other-Secret-7"), withSecret);
            // logged in with privilege: abort gets as far as the workflow, which has nothing to stop (exit 3)
            assertThat(ok.code()).as(ok.err()).isEqualTo(3);
            assertThat(ok.out() + ok.err())
                    .contains("no pre-download in progress to abort")
                    .doesNotContain("--enable-secret-env")
                    .doesNotContain("was refused");
        }
    }
}
