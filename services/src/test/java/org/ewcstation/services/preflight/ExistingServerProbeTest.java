package org.ewcstation.services.preflight;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.ewcstation.services.ewc.testing.TftpdHpa;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The preflight's look at the technician's own servers: the real tftpd-hpa, read a few blocks and stop. */
@Tag("interop")
class ExistingServerProbeTest {

    @Test
    void readsTheFirstBlocksFromTftpdHpaAndStops(@TempDir Path dir) throws Exception {
        Path root = Files.createDirectories(dir.resolve("tftpboot"));
        Files.createDirectories(root.resolve("EWC/17_12_1"));
        Files.write(root.resolve("EWC/17_12_1/ap1g7"), new byte[200_000]);
        Files.writeString(root.resolve("EWC/17_12_1/version.info"), "17.12.1.5\n");
        try (TftpdHpa tftpd = new TftpdHpa(root)) {
            TftpReadProbe probe = new TftpReadProbe(Duration.ofSeconds(3));
            ExistingServerCheck image = probe.read("127.0.0.1", tftpd.port(), "EWC/17_12_1/ap1g7");
            assertThat(image.ok()).isTrue();
            assertThat(image.bytes()).isEqualTo(TftpReadProbe.BLOCKS * 512L);
            ExistingServerCheck small = probe.read("127.0.0.1", tftpd.port(), "EWC/17_12_1/version.info");
            assertThat(small.ok()).isTrue();
            assertThat(small.bytes()).isEqualTo(10);
            ExistingServerCheck missing = probe.read("127.0.0.1", tftpd.port(), "EWC/17_12_1/ap1g9");
            assertThat(missing.failure()).isEqualTo(ExistingServerCheck.NOT_FOUND);
        }
    }

    @Test
    void unknownHostsAndSilentPortsAreNamed() {
        assertThat(new TftpReadProbe(Duration.ofMillis(300))
                        .read("tftp.invalid", 69, "x")
                        .failure())
                .isEqualTo(ExistingServerCheck.UNKNOWN_HOST);
        assertThat(new SftpLoginCheck(Duration.ofSeconds(2))
                        .checkExisting("sftp.invalid", 22, "u", "p", "EWC")
                        .failure())
                .isEqualTo(ExistingServerCheck.UNKNOWN_HOST);
    }
}
