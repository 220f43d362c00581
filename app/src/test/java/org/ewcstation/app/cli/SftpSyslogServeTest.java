package org.ewcstation.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Map;
import org.ewcstation.i18n.Language;
import org.ewcstation.i18n.Messages;
import org.ewcstation.servers.event.TransferListeners;
import org.ewcstation.servers.event.TransferRegistry;
import org.ewcstation.services.secrets.FileSecretStore;
import org.ewcstation.services.servers.SftpAccounts;
import org.ewcstation.services.store.SettingsRepository;
import org.ewcstation.services.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The SFTP/syslog part of {@code serve}: options parse, servers start on loopback, the technician's lines print. */
class SftpSyslogServeTest {

    @TempDir
    static Path data; // shared: the host keys are generated once (RSA 3072 takes seconds)

    @Test
    void printsTheAccountAndFingerprintsAndHonoursTheOptions() throws Exception {
        SftpSyslogOptions o = parse(
                "--no-tftp",
                "--sftp-port",
                "0",
                "--syslog-port",
                "0",
                "--sftp-user",
                "ewc-lab",
                "--sftp-password-env",
                "LAB_PASSWORD");
        assertThat(o.tftpEnabled()).isFalse();
        assertThat(o.sftpEnabled()).isTrue();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        Path root = Files.createDirectories(data.resolve("repo"));
        try (SftpSyslogServe serve = new SftpSyslogServe(new Messages(Language.ENGLISH), out)
                .start(o, root, "127.0.0.1", sources(Map.of("LAB_PASSWORD", "Lab-Secret-42")))) {
            String text = bytes.toString(StandardCharsets.UTF_8);
            assertThat(text)
                    .contains("SFTP: serving " + root + " read-only on 127.0.0.1 port ")
                    .contains("user ewc-lab")
                    .contains("LAB_PASSWORD")
                    .doesNotContain("Lab-Secret-42")
                    .containsPattern("SFTP host key ecdsa-sha2-nistp256 SHA256:\\S{43}")
                    .contains("Syslog: receiving on UDP 127.0.0.1 port ")
                    .doesNotContain("older controllers");
        }
        try (var keys = Files.list(data.resolve("sftp"))) {
            assertThat(keys).hasSize(2);
        }
    }

    @Test
    void olderControllersCompatibilityIsAFlagAndIsAnnounced() throws Exception {
        SftpSyslogOptions o = parse(
                "--sftp-port",
                "0",
                "--no-syslog",
                "--sftp-older-controllers",
                "--sftp-user",
                "lab",
                "--sftp-password-env",
                "LAB_PW");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Path root = Files.createDirectories(data.resolve("repo"));
        try (SftpSyslogServe serve = new SftpSyslogServe(
                        new Messages(Language.ENGLISH), new PrintStream(bytes, true, StandardCharsets.UTF_8))
                .start(o, root, "127.0.0.1", sources(Map.of("LAB_PW", "Lab-Secret-42")))) {
            assertThat(bytes.toString(StandardCharsets.UTF_8))
                    .contains("compatibility with older controllers is on")
                    .contains("ssh-rsa");
        }
    }

    @Test
    void aTakenPortIsExplainedInTheUsersLanguage() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            SftpSyslogOptions o = parse(
                    "--sftp-port",
                    String.valueOf(taken.getLocalPort()),
                    "--no-syslog",
                    "--sftp-user",
                    "lab",
                    "--sftp-password-env",
                    "LAB_PW");
            Path root = Files.createDirectories(data.resolve("repo"));
            SftpSyslogServe serve = new SftpSyslogServe(
                    new Messages(Language.JAPANESE),
                    new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
            assertThatThrownBy(() -> serve.start(o, root, "127.0.0.1", sources(Map.of("LAB_PW", "Lab-Secret-42"))))
                    .isInstanceOf(SftpSyslogServe.Failed.class)
                    .hasMessage("SFTP: 127.0.0.1 のポート " + taken.getLocalPort()
                            + " は他のプログラムが使用中です（このコンピュータの SSH サーバや syslog サービスなど）。そのプログラムを停止するか、別のポートを指定してください。");
        }
    }

    @Test
    void aPasswordVariableThatIsNotSetIsAClearError() {
        SftpSyslogOptions o = parse("--sftp-user", "lab", "--sftp-password-env", "NOT_SET_ANYWHERE", "--no-syslog");
        SftpSyslogServe serve = new SftpSyslogServe(new Messages(Language.ENGLISH), System.out);
        assertThatThrownBy(() -> serve.start(o, data, "127.0.0.1", sources(Map.of())))
                .hasMessageContaining("NOT_SET_ANYWHERE");
    }

    /** A generated password is printed once, with where it is kept; the next start names only the user and place. */
    @Test
    void aGeneratedPasswordIsPrintedOnceWithWhereItIsKept(@TempDir Path own) throws Exception {
        SftpSyslogOptions o = parse("--no-tftp", "--sftp-port", "0", "--no-syslog");
        Path root = Files.createDirectories(data.resolve("repo"));
        String first;
        String second;
        try (Store store = Store.open(own)) {
            SftpAccounts accounts =
                    new SftpAccounts(new SettingsRepository(store), new FileSecretStore(own), new SecureRandom());
            // as in the app: the data folder's start reads the account (for the saved server settings) first
            accounts.current();
            first = run(
                    o,
                    root,
                    new SftpSyslogServe.Sources(
                            data, new TransferListeners(), new TransferRegistry(), accounts, Map.of()));
            second = run(
                    o,
                    root,
                    new SftpSyslogServe.Sources(
                            data, new TransferListeners(), new TransferRegistry(), accounts, Map.of()));
            String password = accounts.current().password();
            assertThat(first)
                    .contains(password)
                    .contains(own.resolve(FileSecretStore.FILE_NAME).toString());
            assertThat(second)
                    .doesNotContain(password)
                    .contains(accounts.current().user())
                    .contains(own.resolve(FileSecretStore.FILE_NAME).toString());
        }
    }

    private static String run(SftpSyslogOptions o, Path root, SftpSyslogServe.Sources s) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        try (SftpSyslogServe serve =
                new SftpSyslogServe(new Messages(Language.ENGLISH), out).start(o, root, "127.0.0.1", s)) {
            return bytes.toString(StandardCharsets.UTF_8);
        }
    }

    private static SftpSyslogServe.Sources sources(Map<String, String> env) {
        SftpAccounts unused = null; // --sftp-password-env and failures never touch the kept account
        return new SftpSyslogServe.Sources(data, new TransferListeners(), new TransferRegistry(), unused, env);
    }

    private static SftpSyslogOptions parse(String... args) {
        CommandLine cl = EwcStationCommand.commandLine();
        String[] all = new String[args.length + 1];
        all[0] = "serve";
        System.arraycopy(args, 0, all, 1, args.length);
        cl.parseArgs(all);
        return ((ServeCommand) cl.getSubcommands().get("serve").getCommand()).sftpSyslog;
    }
}
