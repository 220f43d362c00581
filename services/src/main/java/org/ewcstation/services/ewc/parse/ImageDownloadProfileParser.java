package org.ewcstation.services.ewc.parse;

import java.util.ArrayList;
import java.util.List;
import org.ewcstation.services.ewc.model.DownloadMode;
import org.ewcstation.services.ewc.model.ImageDownloadProfile;

/**
 * {@code show running-config all | section image-download} ({@code all}: fields at their default are printed too, so a
 * good push never looks failed): the {@code wireless profile image-download <name>}
 * block and its indented settings. Lines it does not know are reported, not dropped. The password is
 * never kept: only that one is set, and its type ({@code 0} clear, {@code 6}/{@code 7}/{@code 8} encrypted).
 */
public final class ImageDownloadProfileParser {

    private static final String HEADER = "wireless profile image-download ";

    /** Every profile found, in order. */
    public Parsed<List<ImageDownloadProfile>> parseAll(String text) {
        String[] lines = Lines.split(text);
        List<ParseProblem> problems = new ArrayList<>();
        List<ImageDownloadProfile> out = new ArrayList<>();
        Builder current = null;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            String s = line.strip();
            if (s.isEmpty() || s.equals("!")) {
                continue;
            }
            if (s.startsWith(HEADER)) {
                if (current != null) {
                    out.add(current.build());
                }
                current = new Builder(s.substring(HEADER.length()).strip());
                continue;
            }
            if (current == null || !current.apply(Lines.tokens(s))) {
                problems.add(new ParseProblem(i + 1, line, ParseProblem.Reason.UNKNOWN_LINE));
            }
        }
        if (current != null) {
            out.add(current.build());
        }
        return new Parsed<>(List.copyOf(out), problems);
    }

    /** The named profile; an empty one when the configuration does not have it. */
    public Parsed<ImageDownloadProfile> parse(String text, String name) {
        Parsed<List<ImageDownloadProfile>> all = parseAll(text);
        ImageDownloadProfile p = all.value().stream()
                .filter(x -> x.name().equals(name))
                .findFirst()
                .orElse(ImageDownloadProfile.empty(name));
        return new Parsed<>(p, all.problems());
    }

    private static final class Builder {
        final String name;
        DownloadMode mode;
        String tftpServer;
        String tftpPath;
        String sftpServer;
        String sftpPath;
        String sftpUser;
        boolean passwordSet;
        String passwordType;
        Integer sftpPort;

        Builder(String name) {
            this.name = name;
        }

        boolean apply(List<String> t) {
            if (t.size() < 2) {
                return t.size() == 1 && t.get(0).equals("exit");
            }
            String v = t.get(1);
            switch (t.get(0)) {
                case "image-download-mode" -> mode = DownloadMode.fromKeyword(v);
                case "tftp-image-server" -> tftpServer = v;
                case "tftp-image-path" -> tftpPath = Lines.join(t, 1, t.size());
                case "sftp-image-server" -> sftpServer = v;
                case "sftp-image-path" -> sftpPath = Lines.join(t, 1, t.size());
                case "sftp-username" -> sftpUser = v;
                case "sftp-image-port" -> {
                    if (!v.matches("\\d{1,5}")) {
                        return false;
                    }
                    sftpPort = Integer.parseInt(v);
                }
                case "sftp-password" -> {
                    passwordSet = true;
                    passwordType = t.size() >= 3 ? v : null;
                }
                case "description", "no" -> {} // "all" prints unset fields as "no <keyword>"
                default -> {
                    return false;
                }
            }
            return true;
        }

        ImageDownloadProfile build() {
            return new ImageDownloadProfile(
                    name,
                    mode,
                    tftpServer,
                    tftpPath,
                    sftpServer,
                    sftpPath,
                    sftpUser,
                    passwordSet,
                    passwordType,
                    sftpPort);
        }
    }
}
