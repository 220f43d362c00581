package org.ewcstation.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.spi.InetAddressResolverProvider;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.regex.Pattern;
import org.ewcstation.services.errors.UserVisibleText;
import org.ewcstation.services.testing.OfflineNameResolver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A controller that cannot be reached, as the command line reports it in a separate JVM: the advice in the chosen
 * language, exit 2, and no Java in sight. The mistyped name ends in {@code .invalid}, which the tests' resolver
 * refuses without asking a DNS server; the refusing port is a loopback port just closed.
 */
class ConnectErrorCliTest {

    private static final Pattern LOG_LINE = Pattern.compile("\\d\\d:\\d\\d:\\d\\d\\.\\d{3} ");

    @Test
    void unknownHostAndRefusedPortSayWhatToDoInBothLanguages(@TempDir Path dir) throws Exception {
        // the child JVM shares this class path: without the offline resolver on it, the name would go to DNS
        assertThat(ServiceLoader.load(InetAddressResolverProvider.class).stream()
                        .map(ServiceLoader.Provider::type))
                .contains(OfflineNameResolver.class);
        CliProcess cli = new CliProcess(dir);
        Map<String, String> env = Map.of("EWC_PW", "not-used");

        CliProcess.Run unknownEn = cli.run(env, status("no-such-ewc.invalid", 22, "en"));
        assertThat(unknownEn.code()).isEqualTo(2);
        assertThat(unknownEn.err())
                .contains("The name of the controller no-such-ewc.invalid:22 does not resolve")
                .contains("enter its IP address");
        CliProcess.Run unknownJa = cli.run(env, status("no-such-ewc.invalid", 22, "ja"));
        assertThat(unknownJa.code()).isEqualTo(2);
        assertThat(unknownJa.err()).contains("no-such-ewc.invalid:22 を解決できません").contains("IP アドレス");

        int closed = closedPort();
        CliProcess.Run refused = cli.run(env, status("127.0.0.1", closed, "en"));
        assertThat(refused.code()).isEqualTo(2);
        assertThat(refused.err())
                .contains("127.0.0.1:" + closed + " refused the connection")
                .contains("SSH port");

        for (CliProcess.Run r : new CliProcess.Run[] {unknownEn, unknownJa, refused}) {
            UserVisibleText.assertClean("command line", advice(r.err()));
        }
    }

    private static String[] status(String host, int port, String lang) {
        return new String[] {
            "status",
            "--host",
            host,
            "--port",
            Integer.toString(port),
            "--user",
            "admin",
            "--password-env",
            "EWC_PW",
            "--lang",
            lang
        };
    }

    /** What the technician reads: standard error without the log's lines (which start with the time). */
    private static String advice(String err) {
        List<String> lines = err.lines()
                .filter(l -> !l.isBlank() && !LOG_LINE.matcher(l).lookingAt())
                .toList();
        assertThat(lines).as(err).isNotEmpty();
        return String.join("\n", lines);
    }

    private static int closedPort() throws Exception {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }
}
