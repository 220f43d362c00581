package org.ewcstation.services.ewc.ops;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.ewcstation.i18n.Msg;
import org.ewcstation.services.ewc.model.DownloadMode;
import org.ewcstation.services.ewc.model.ImageDownloadProfile;
import org.ewcstation.services.ewc.parse.ImageDownloadProfileParser;
import org.ewcstation.services.ewc.session.ConfigContextHelp;
import org.ewcstation.services.ewc.session.ContextHelp;
import org.ewcstation.services.ewc.session.EwcCredentials;
import org.ewcstation.services.ewc.session.EwcError;
import org.ewcstation.services.ewc.session.EwcException;
import org.ewcstation.services.ewc.session.EwcSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads and pushes the image-download profile: only the lines that change are typed, then the profile is
 * read back and every field checked. A refusal stops the push; the result still carries what the
 * controller holds afterwards.
 */
public final class ImageDownloadProfiles {

    private static final Logger LOG = LoggerFactory.getLogger(ImageDownloadProfiles.class);
    public static final String DEFAULT = "default";
    /** With {@code all}: the running configuration hides fields at their default value otherwise. */
    static final String SHOW = "show running-config all | section image-download";
    /** For a controller that does not take {@code all}: defaults are then absent, and read as such. */
    static final String SHOW_PLAIN = "show running-config | section image-download";
    /** One IOS word: printable, no spaces, no question mark (it would ask for help instead). */
    private static final Pattern WORD = Pattern.compile("[\\x21-\\x3e\\x40-\\x7e]{1,128}");

    private final ImageDownloadProfileParser parser = new ImageDownloadProfileParser();

    public ImageDownloadProfile read(EwcSession s, String name) throws EwcException {
        String out;
        try {
            out = s.exec(SHOW);
        } catch (EwcException e) {
            if (e.error() != EwcError.INVALID_INPUT) {
                throw e;
            }
            LOG.info("{} does not take 'all': reading the profile without it", s.hostname());
            out = s.exec(SHOW_PLAIN);
        }
        var parsed = parser.parse(out, name);
        parsed.problems().forEach(p -> LOG.info("Profile line not understood: {}", p.line()));
        return parsed.value();
    }

    public PushResult push(EwcSession s, ProfileRequest r) throws EwcException {
        validate(r);
        if (r.sftpPassword() != null) {
            s.addSecret(r.sftpPassword());
        }
        ImageDownloadProfile before = read(s, r.name());
        if (r.mode() == DownloadMode.SFTP && r.sftpPort() != null && r.sftpPort() != 22) {
            boolean offered = portKeyword(s, r, before);
            undoProbe(s, r.name(), before);
            if (!offered) {
                // no public source shows this keyword: without it the controller always connects to 22
                throw new InvalidRequestException(Msg.of("ewc.profile.noPortKeyword", String.valueOf(r.sftpPort())));
            }
        }
        List<String> lines = commands(before, r);
        EwcException refusal = null;
        if (lines.size() > 1) {
            try {
                s.configure(lines);
            } catch (EwcException e) {
                if (e.error() == EwcError.CONNECTION_LOST || e.error() == EwcError.TIMEOUT) {
                    throw e;
                }
                refusal = e;
                LOG.warn("Profile push refused at '{}': {}", e.command(), e.controllerText());
            }
        }
        ImageDownloadProfile after = read(s, r.name());
        List<String> shown =
                lines.size() > 1 ? lines.stream().map(l -> mask(l, r)).toList() : List.of();
        return new PushResult(shown, after, refusal, refusal == null ? verify(after, r) : List.of());
    }

    /**
     * Whether the SFTP profile knows {@code sftp-image-port}, asked with {@code ?} inside it. Entering the SFTP
     * sub-mode changes nothing when the profile is in SFTP mode already; otherwise its mode is set back afterwards.
     */
    static boolean portKeyword(EwcSession s, ProfileRequest r, ImageDownloadProfile now) throws EwcException {
        List<String> path = List.of("wireless profile image-download " + r.name(), "image-download-mode sftp");
        List<String> restore = now.mode() == null || now.mode() == DownloadMode.SFTP
                ? List.of()
                : List.of("image-download-mode " + now.mode().keyword());
        ContextHelp h = ConfigContextHelp.help(s, path, "sftp-image-port", restore);
        boolean offered = h.error() == null && !h.lines().isEmpty();
        LOG.info("{}: sftp-image-port {}", s.hostname(), offered ? "offered" : "not offered");
        return offered;
    }

    /**
     * Whatever mode the profile was in, the probe leaves it so: read back, and when the mode differs from before (a
     * profile with no mode line at all comes out of the probe in SFTP mode), set it back or remove the line.
     */
    static void undoProbe(EwcSession s, String name, ImageDownloadProfile before) throws EwcException {
        ImageDownloadProfile after = new ImageDownloadProfiles().read(s, name);
        if (after.mode() == before.mode()) {
            return;
        }
        String undo = before.mode() == null
                ? "no image-download-mode"
                : "image-download-mode " + before.mode().keyword();
        LOG.info("{}: the probe changed the profile's mode to {}; undoing it ({})", s.hostname(), after.mode(), undo);
        try {
            s.configure(List.of("wireless profile image-download " + name, undo));
        } catch (EwcException e) {
            if (e.error() == EwcError.CONNECTION_LOST || e.error() == EwcError.TIMEOUT) {
                throw e;
            }
            LOG.warn("{}: the probe's mode change could not be undone: {}", s.hostname(), e.controllerText());
        }
    }

    /** The configuration lines that turn {@code now} into {@code r}; just the header when nothing changes. */
    static List<String> commands(ImageDownloadProfile now, ProfileRequest r) {
        List<String> l = new ArrayList<>();
        l.add("wireless profile image-download " + r.name());
        List<String> fields = new ArrayList<>();
        if (r.mode() == DownloadMode.TFTP) {
            addIfDiffers(fields, "tftp-image-server", now.tftpServer(), r.server());
            addIfDiffers(fields, "tftp-image-path", now.tftpPath(), r.path());
        } else {
            addIfDiffers(fields, "sftp-image-server", now.sftpServer(), r.server());
            addIfDiffers(fields, "sftp-image-path", now.sftpPath(), r.path());
            addIfDiffers(fields, "sftp-username", now.sftpUser(), r.sftpUser());
            if (r.sftpPassword() != null) {
                fields.add("sftp-password 0 " + r.sftpPassword()); // stored encrypted: never comparable, always typed
            }
            // last: a controller that refuses it still holds a complete profile (server, path, user, password)
            if (r.sftpPort() != null && r.sftpPort() != 22) {
                fields.add("sftp-image-port " + r.sftpPort());
            }
        }
        if (now.mode() != r.mode() || !fields.isEmpty()) {
            l.add("image-download-mode " + r.mode().keyword()); // also enters the mode's sub-block
            l.addAll(fields);
        }
        return l;
    }

    private static void addIfDiffers(List<String> l, String keyword, String now, String wanted) {
        if (wanted != null && !wanted.equals(now)) {
            l.add(keyword + " " + wanted);
        }
    }

    static List<Msg> verify(ImageDownloadProfile p, ProfileRequest r) {
        List<Msg> m = new ArrayList<>();
        check(m, "mode", p.mode() == null ? null : p.mode().keyword(), r.mode().keyword());
        check(m, "server", p.server(), r.server());
        check(m, "path", p.path(), r.path());
        if (r.mode() == DownloadMode.SFTP) {
            check(m, "user", p.sftpUser(), r.sftpUser());
            if (r.sftpPassword() != null && !p.sftpPasswordSet()) {
                m.add(Msg.of("ewc.profile.mismatch", "password", EwcCredentials.MASK, ""));
            }
            if (r.sftpPort() != null && r.sftpPort() != p.effectiveSftpPort()) {
                m.add(Msg.of(
                        "ewc.profile.mismatch",
                        "sftp-image-port",
                        String.valueOf(r.sftpPort()),
                        String.valueOf(p.effectiveSftpPort())));
            }
        }
        return m;
    }

    private static void check(List<Msg> m, String field, String actual, String wanted) {
        if (wanted != null && !Objects.equals(actual, wanted)) {
            m.add(Msg.of("ewc.profile.mismatch", field, wanted, actual == null ? "" : actual));
        }
    }

    /** Throws {@link InvalidRequestException} when a field could not be typed as one IOS word. */
    public static void validate(ProfileRequest r) {
        Objects.requireNonNull(r.mode(), "mode");
        word("name", r.name());
        word("server", r.server());
        word("path", r.path());
        if (r.mode() == DownloadMode.SFTP) {
            word("user", r.sftpUser());
            if (r.sftpPassword() != null) {
                word("password", r.sftpPassword());
            }
            if (r.sftpPort() != null && (r.sftpPort() < 1 || r.sftpPort() > 65535)) {
                throw new InvalidRequestException("port", String.valueOf(r.sftpPort()));
            }
        } else if (r.mode() != DownloadMode.TFTP) {
            throw new InvalidRequestException("mode", r.mode().keyword());
        }
    }

    private static void word(String field, String v) {
        if (v == null || !WORD.matcher(v).matches()) {
            throw new InvalidRequestException(field, field.equals("password") ? EwcCredentials.MASK : v);
        }
    }

    private static String mask(String line, ProfileRequest r) {
        return r.sftpPassword() == null ? line : line.replace(r.sftpPassword(), EwcCredentials.MASK);
    }

    static String showCommand() {
        return SHOW;
    }
}
