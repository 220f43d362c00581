package org.ewcstation.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.sshd.client.SshClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The IOS-XE shell over real SSH: prompts, modes, abbreviations, help, errors, paging, show output. */
class ShellTest {

    static SimulatedEwc ewc;

    @BeforeAll
    static void start() {
        ewc = SimulatedEwc.builder().capwapPort(-1).without("show clock").start();
    }

    @AfterAll
    static void stop() {
        ewc.close();
    }

    @Test
    void identifiesAsCiscoAndWalksThroughTheModes() throws Exception {
        try (SshCli c = SshCli.login(ewc)) {
            assertThat(c.serverVersion()).isEqualTo("SSH-2.0-Cisco-1.25");
            c.expect("\\r\\nWLC-EWC>$");
            c.send("enable\r").expect("Password: ");
            c.send("wrong\r").expect("Password: ");
            c.send("Cisco123!\r").expect("WLC-EWC#$");
            assertThat(c.cmd("conf t", "(config)#"))
                    .contains("Enter configuration commands, one per line.  End with CNTL/Z.");
            c.cmd("wireless profile image-download default", "(config-wireless-image-download-profile)#");
            c.cmd("image-download-mode tftp", "(config-wireless-image-download-profile-tftp)#");
            c.cmd("tftp-image-server 127.0.0.1", "(config-wireless-image-download-profile-tftp)#");
            // a parent-mode command from the sub-mode switches mode, as IOS does
            c.cmd("image-download-mode sftp", "(config-wireless-image-download-profile-sftp)#");
            c.cmd("exit", "(config-wireless-image-download-profile)#");
            c.cmd("exit", "(config)#");
            c.cmd("end", "#");
            c.cmd("disable", ">");
            c.send("exit\r");
            assertThat(c.closedByServer()).isTrue();
        }
    }

    @Test
    void abbreviationsHelpAndErrorsLookLikeIos() throws Exception {
        try (SshCli c = SshCli.enabled(ewc)) {
            assertThat(c.priv("sh ap im")).contains("Predownload in progress    : No");
            String bad = c.priv("show ap imagex");
            assertThat(bad)
                    .contains("\r\n" + " ".repeat("WLC-EWC#show ap ".length()) + "^\r\n"
                            + "% Invalid input detected at '^' marker.");
            assertThat(c.priv("show ap")).contains("% Incomplete command.");
            assertThat(c.priv("c")).contains("% Ambiguous command:  \"c\"");
            c.send("show ap ?");
            String help = c.expect("WLC-EWC#show ap $");
            assertThat(help).contains("  image    AP image").contains("  summary  Summary of all connected Cisco APs");
            c.send("\u0015sh?");
            assertThat(c.expect("WLC-EWC#sh$")).contains("show  ");
            c.send("\u0015");
            // a command the simulated release lacks
            assertThat(c.priv("show clock")).contains("% Invalid input detected at '^' marker.");
            c.send("show wireless ewc-ap ?");
            assertThat(c.expect("WLC-EWC#show wireless ewc-ap $"))
                    .contains("  ap  ")
                    .contains("  predownload  ");
            c.send("\u0015\n");
            c.expect("WLC-EWC#");
        }
    }

    @Test
    void showOutputsAreLaidOutLikeTheController() throws Exception {
        try (SshCli c = SshCli.enabled(ewc)) {
            // the whole output for the default fleet, column for column: the expected files are in the
            // controller's layouts (the CC/RD show ap summary; show ap image's counters block and table)
            assertThat(lf(c.priv("show ap summary"))).contains(expected("show_ap_summary__default-fleet.txt"));
            assertThat(lf(c.priv("show ap image"))).contains(expected("show_ap_image__default-fleet.txt"));
            String version = c.priv("show version");
            assertThat(version)
                    .contains("C9800-AP Software (C9800-AP-K9_IOSXE-UNIVERSALK9-M), Version 17.9.4a")
                    .contains("Cisco IOS XE Software, Version 17.09.04a")
                    .contains("WLC-EWC uptime is ");
            assertThat(c.priv("show wireless ewc-ap predownload status"))
                    .contains("Predownload Status: None\r\n\r\nPredownload Error: None");
        }
    }

    @Test
    void showOutputsMatchThePublicSamplesLayout() throws Exception {
        // extra cross-check on real output: runs only when ../shared/samples sits beside the checkout
        Path samples = Path.of(System.getProperty("ewcstation.shared", "../../shared"), "samples")
                .toAbsolutePath()
                .normalize();
        assumeTrue(
                Files.isDirectory(samples), () -> "skipped: ../shared/samples not found (looked in " + samples + ")");
        try (SshCli c = SshCli.enabled(ewc)) {
            String summary = c.priv("show ap summary");
            List<String> sample = Files.readAllLines(samples.resolve("show_ap_summary__genieparser__5.txt"));
            String header = sample.stream()
                    .filter(l -> l.startsWith("AP Name"))
                    .findFirst()
                    .orElseThrow();
            assertThat(summary)
                    .contains("Number of APs: 7")
                    .contains("CC = Country Code")
                    .contains(header)
                    .contains("-".repeat(165))
                    .contains("C9120AXI-B")
                    .contains("AIR-AP3802I-B-K9");
            String image = c.priv("show ap image");
            List<String> seed = Files.readAllLines(samples.resolve("show_ap_image__seed__1.txt"));
            assertThat(image)
                    .contains(seed.get(3))
                    .contains(seed.get(10))
                    .contains(seed.get(12))
                    .contains(seed.get(13));
            assertThat(image).containsPattern("AP-9120-EWC {23}17\\.9\\.4\\.27 {14}17\\.9\\.3\\.50 {15}None");
        }
    }

    private static String lf(String terminal) {
        return terminal.replace("\r\n", "\n");
    }

    private static String expected(String name) throws IOException {
        try (InputStream in = ShellTest.class.getResourceAsStream(name)) {
            assertThat(in).as("expected output " + name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void execRequestRunsOneCommand() throws Exception {
        try (var client = SshClient.setUpDefaultClient()) {
            client.setServerKeyVerifier((s, a, k) -> true);
            client.start();
            try (var session = client.connect("admin", ewc.host(), ewc.sshPort())
                    .verify(SshCli.WAIT)
                    .getSession()) {
                session.addPasswordIdentity("Cisco123!");
                session.auth().verify(SshCli.WAIT);
                String out = session.executeRemoteCommand("sh ap sum");
                assertThat(out)
                        .startsWith("Number of APs: 7\r\n")
                        .doesNotContain("--More--")
                        .doesNotContain("WLC-EWC>");
            }
        }
    }

    @Test
    void doRunsExecCommandsFromConfigMode() throws Exception {
        try (SshCli c = SshCli.enabled(ewc)) {
            c.cmd("configure terminal", "(config)#");
            assertThat(c.cmd("do show ap summary", "(config)#")).contains("Number of APs: 7");
            assertThat(c.cmd("show ap summary", "(config)#")).contains("% Invalid input detected at '^' marker.");
            c.cmd("end", "#");
        }
    }

    @Test
    void pagesLongOutputUntilTerminalLengthZero() throws Exception {
        try (SshCli c = SshCli.login(ewc)) {
            c.expect("WLC-EWC>");
            c.send("show version\r");
            c.expect(" --More-- ");
            c.send(" ");
            c.expect(" --More-- ");
            c.send("q");
            c.expect("WLC-EWC>");
            c.cmd("terminal length 0", ">");
            assertThat(c.cmd("show version", ">"))
                    .doesNotContain("--More--")
                    .contains("Configuration register is 0x102");
        }
    }

    @Test
    void profileRoundTripsThroughRunningConfig() throws Exception {
        try (SshCli c = SshCli.enabled(ewc)) {
            c.cmd("configure terminal", "(config)#");
            c.cfg("wireless profile image-download default");
            c.cfg("image-download-mode sftp");
            c.cfg("sftp-image-server 127.0.0.1");
            c.cfg("sftp-image-path Documents/sftp_files/EWC_17_9_4a");
            c.cfg("sftp-username tech");
            c.cfg("sftp-password 0 s3cret");
            c.cfg("logging host 127.0.0.1 transport udp port 5514");
            c.cmd("end", "#");
            String run = c.priv("show running-config | section image-download");
            assertThat(run)
                    .contains("wireless profile image-download default\r\n image-download-mode sftp\r\n")
                    .contains(" sftp-image-path Documents/sftp_files/EWC_17_9_4a\r\n")
                    .contains(" sftp-image-server 127.0.0.1\r\n")
                    .contains(" sftp-username tech\r\n")
                    .containsPattern(" sftp-password 7 [0-9A-F]+\r\n")
                    .doesNotContain("s3cret")
                    .doesNotContain("hostname");
            assertThat(c.priv("show running-config | include logging host"))
                    .contains("logging host 127.0.0.1 transport udp port 5514");
            assertThat(c.priv("show logging"))
                    .contains("%SYS-5-CONFIG_I: Configured from console by admin on vty0 (127.0.0.1)");
        }
    }
}
