package org.ewcstation.simulator.cli;

import java.io.IOException;
import java.net.InetAddress;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.ewcstation.simulator.Controller;
import org.ewcstation.simulator.Fault;
import org.ewcstation.simulator.network.ImageProfile;
import org.ewcstation.simulator.network.Type7;

/**
 * Every command the simulated controller knows, in one place, so that a release lacking one can be
 * played ({@code --without "show wireless ewc-ap ap image predownload status"} removes it and everything
 * under it; then {@code ?} no longer lists it and typing it gets the caret, as on an older EWC).
 */
public final class CommandTable {

    /** A command's behaviour. */
    @FunctionalInterface
    interface Action {
        void run(Terminal t, List<String> args) throws IOException;
    }

    record Spec(Set<Mode> modes, String syntax, Action action) {}

    private static final Set<Mode> EXEC = Set.of(Mode.USER_EXEC, Mode.PRIV_EXEC);
    private static final Set<Mode> PRIV = Set.of(Mode.PRIV_EXEC);
    private static final Set<Mode> CONFIGS = Set.of(Mode.CONFIG, Mode.PROFILE, Mode.PROFILE_TFTP, Mode.PROFILE_SFTP);
    private static final Set<Mode> PROFILE_ALL = Set.of(Mode.PROFILE, Mode.PROFILE_TFTP, Mode.PROFILE_SFTP);

    private final Map<Mode, Node> roots = new EnumMap<>(Mode.class);

    CommandTable(List<Spec> specs, Set<String> without) {
        for (Mode m : Mode.values()) {
            roots.put(m, new Node("", ""));
        }
        for (Spec s : specs) {
            if (without.stream()
                    .anyMatch(w -> (s.syntax() + " ").startsWith(w.strip().toLowerCase(Locale.ROOT) + " "))) {
                continue;
            }
            for (Mode m : s.modes()) {
                Node cur = roots.get(m);
                for (String tok : s.syntax().split(" ")) {
                    Node next = cur.child(tok);
                    if (next == null) {
                        next = new Node(tok, HelpTexts.of(tok));
                        cur.children.add(next);
                    }
                    cur = next;
                }
                cur.action = s.action();
            }
        }
        roots.values().forEach(CommandTable::sort);
    }

    private static void sort(Node n) {
        n.children.sort((a, b) -> a.token.compareTo(b.token));
        n.children.forEach(CommandTable::sort);
    }

    Node root(Mode m) {
        return roots.get(m);
    }

    /** The standard EWC command set acting on {@code c}. */
    static CommandTable standard(Controller c, Set<String> without) {
        ShowOutputs show = new ShowOutputs(c);
        SystemOutputs sys = new SystemOutputs(c);
        List<Spec> l = new ArrayList<>();
        session(c, l);
        // show
        l.add(new Spec(EXEC, "show version", (t, a) -> t.print(sys.version())));
        l.add(new Spec(
                EXEC,
                "show clock",
                (t, a) -> t.print("*"
                        + DateTimeFormatter.ofPattern("HH:mm:ss.SSS 'UTC' EEE MMM d yyyy", Locale.ENGLISH)
                                .format(LocalDateTime.now())
                        + "\n")));
        l.add(new Spec(EXEC, "show ap summary", (t, a) -> t.print(show.apSummary())));
        l.add(new Spec(EXEC, "show ap image", (t, a) -> t.print(show.apImage())));
        l.add(new Spec(EXEC, "show wireless ewc-ap predownload status", (t, a) -> t.print(show.predownloadStatus())));
        l.add(new Spec(
                EXEC,
                "show wireless ewc-ap ap image predownload status",
                (t, a) -> t.print(show.apPredownloadStatus())));
        l.add(new Spec(PRIV, "show logging", (t, a) -> t.print(sys.logging())));
        l.add(new Spec(PRIV, "show running-config", (t, a) -> t.print(String.join("\n", sys.runningConfig()))));
        l.add(new Spec(EXEC, "ping A.B.C.D", (t, a) -> ping(c, t, a.getFirst())));
        // privileged exec
        l.add(new Spec(PRIV, "clear logging", (t, a) -> {
            if (t.confirm("Clear logging buffer [confirm]")) {
                c.log().clear();
            }
        }));
        l.add(new Spec(PRIV, "write memory", (t, a) -> {
            c.configSaved();
            t.print("Building configuration...\n[OK]\n");
        }));
        l.add(new Spec(PRIV, "copy running-config startup-config", (t, a) -> {
            String name = t.readLine("Destination filename [startup-config]? ", true);
            if (name != null) {
                c.configSaved();
                t.print("Building configuration...\n[OK]\n");
            }
        }));
        l.addAll(UpgradeCommands.of(c, PRIV));
        configuration(c, l);
        return new CommandTable(l, without);
    }

    /** Configuration mode: leaving it, the syslog host, the image-download profile and its fields. */
    private static void configuration(Controller c, List<Spec> l) {
        l.add(new Spec(CONFIGS, "end", (t, a) -> end(c, t)));
        l.add(new Spec(CONFIGS, "exit", (t, a) -> {
            if (t.mode() == Mode.CONFIG) {
                end(c, t);
            } else {
                t.mode(t.mode().parent());
            }
        }));
        l.add(new Spec(CONFIGS, "do LINE", (t, a) -> t.execute(a.getFirst(), Mode.PRIV_EXEC)));
        l.add(new Spec(
                Set.of(Mode.CONFIG),
                "logging host A.B.C.D",
                (t, a) -> c.log().syslog().addHost(a.get(0), 514)));
        l.add(new Spec(
                Set.of(Mode.CONFIG),
                "logging host A.B.C.D transport udp port <1-65535>",
                (t, a) -> c.log().syslog().addHost(a.get(0), Integer.parseInt(a.get(1)))));
        l.add(new Spec(
                Set.of(Mode.CONFIG),
                "no logging host A.B.C.D",
                (t, a) -> c.log().syslog().removeHost(a.get(0))));
        l.add(new Spec(Set.of(Mode.CONFIG), "wireless profile image-download WORD", (t, a) -> {
            c.profile(a.getFirst());
            t.profile(a.getFirst());
            t.mode(Mode.PROFILE);
        }));
        l.add(new Spec(PROFILE_ALL, "image-download-mode tftp", (t, a) -> {
            profile(c, t).mode(ImageProfile.Mode.TFTP);
            t.mode(Mode.PROFILE_TFTP);
        }));
        l.add(new Spec(PROFILE_ALL, "image-download-mode sftp", (t, a) -> {
            profile(c, t).mode(ImageProfile.Mode.SFTP);
            t.mode(Mode.PROFILE_SFTP);
        }));
        l.add(new Spec(PROFILE_ALL, "no image-download-mode", (t, a) -> {
            profile(c, t).mode(null);
            t.mode(Mode.PROFILE);
        }));
        Set<Mode> tftp = Set.of(Mode.PROFILE_TFTP);
        Set<Mode> sftp = Set.of(Mode.PROFILE_SFTP);
        l.add(new Spec(
                tftp, "tftp-image-server A.B.C.D", (t, a) -> profile(c, t).tftpServer(a.getFirst())));
        l.add(new Spec(tftp, "tftp-image-path WORD", (t, a) -> profile(c, t).tftpPath(a.getFirst())));
        l.add(new Spec(
                sftp, "sftp-image-server A.B.C.D", (t, a) -> profile(c, t).sftpServer(a.getFirst())));
        l.add(new Spec(sftp, "sftp-image-path WORD", (t, a) -> profile(c, t).sftpPath(a.getFirst())));
        l.add(new Spec(
                sftp, "sftp-image-port <1-65535>", (t, a) -> profile(c, t).sftpPort(Integer.parseInt(a.getFirst()))));
        l.add(new Spec(sftp, "sftp-username WORD", (t, a) -> profile(c, t).sftpUser(a.getFirst())));
        l.add(new Spec(sftp, "sftp-password 0 WORD", (t, a) -> profile(c, t).sftpPassword(a.getFirst())));
        l.add(new Spec(sftp, "sftp-password 7 WORD", (t, a) -> {
            String clear = Type7.decode(a.getFirst());
            if (clear == null) {
                t.print("% Invalid encrypted password\n");
            } else {
                profile(c, t).sftpPassword(clear);
            }
        }));
    }

    /** Logging in and out, the terminal, entering configuration mode. */
    private static void session(Controller c, List<Spec> l) {
        l.add(new Spec(EXEC, "enable", (t, a) -> enable(c, t)));
        l.add(new Spec(PRIV, "disable", (t, a) -> t.mode(Mode.USER_EXEC)));
        l.add(new Spec(EXEC, "exit", (t, a) -> t.close()));
        l.add(new Spec(EXEC, "logout", (t, a) -> t.close()));
        l.add(new Spec(EXEC, "terminal length <0-512>", (t, a) -> t.terminalLength(Integer.parseInt(a.getFirst()))));
        l.add(new Spec(EXEC, "terminal width <0-512>", (t, a) -> {}));
        l.add(new Spec(PRIV, "configure terminal", (t, a) -> {
            t.print("Enter configuration commands, one per line.  End with CNTL/Z.\n");
            t.mode(Mode.CONFIG);
        }));
    }

    private static ImageProfile profile(Controller c, Terminal t) {
        return c.profile(t.profile());
    }

    private static void end(Controller c, Terminal t) {
        t.mode(Mode.PRIV_EXEC);
        c.configChanged();
        c.log().log("SYS", 5, "CONFIG_I", "Configured from console by " + t.user() + " on vty0 (" + t.peer() + ")");
    }

    private static void enable(Controller c, Terminal t) throws IOException {
        if (t.mode() == Mode.PRIV_EXEC) {
            return;
        }
        for (int i = 0; i < 3; i++) {
            String pw = t.readLine("Password: ", false);
            if (pw == null) {
                return;
            }
            if (pw.equals(c.settings().enableSecret())) {
                t.mode(Mode.PRIV_EXEC);
                return;
            }
        }
        t.print("% Bad secrets\n\n");
    }

    private static void ping(Controller c, Terminal t, String ip) throws IOException {
        t.print("Type escape sequence to abort.\nSending 5, 100-byte ICMP Echos to " + ip
                + ", timeout is 2 seconds:\n");
        var p = c.defaultProfile();
        boolean toServer = p != null && (ip.equals(p.tftpServer()) || ip.equals(p.sftpServer()));
        boolean ok;
        if (toServer && c.faults().has(Fault.Kind.UNREACHABLE)) {
            ok = false;
        } else {
            InetAddress addr = InetAddress.getByName(ip);
            ok = addr.isReachable(
                    (int) Math.min(2000, c.settings().transferTimeout().toMillis()));
        }
        if (ok) {
            t.print("!!!!!\nSuccess rate is 100 percent (5/5), round-trip min/avg/max = 1/1/2 ms\n");
            return;
        }
        // as IOS does: one dot per echo that timed out, the line left unfinished in between
        long wait = Math.min(2000, c.settings().transferTimeout().toMillis());
        for (int i = 0; i < 5; i++) {
            t.flushNow();
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(wait));
            t.print(".");
        }
        t.print("\nSuccess rate is 0 percent (0/5)\n");
    }
}
