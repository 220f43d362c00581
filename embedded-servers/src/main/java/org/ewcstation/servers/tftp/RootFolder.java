package org.ewcstation.servers.tftp;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.net.tftp.TFTPErrorPacket;
import org.ewcstation.servers.event.TransferEvent.RefusalReason;

/**
 * Maps a requested TFTP file name to a regular file inside the root, or refuses it. Like tftpd-hpa's
 * {@code --secure}, a leading {@code /} means the root. Windows clients send {@code \} as separator,
 * so it is one here too; anything that could climb out ({@code ..}, percent-encoded dots or slashes,
 * drive letters, a symlink pointing elsewhere) is refused rather than repaired, because a hostile or
 * confused request should be visible in the log, not silently rewritten.
 */
final class RootFolder {

    private static final int MAX_NAME_LENGTH = 1024;

    private final Path root;

    RootFolder(Path root) throws IOException {
        this.root = root.toRealPath();
        if (!Files.isDirectory(this.root)) {
            throw new IOException("TFTP root is not a folder: " + root);
        }
    }

    Path root() {
        return root;
    }

    /** The real path of the file to serve. */
    Path resolve(String requested) throws Refusal {
        String relative = relativeName(requested);
        Path candidate = root.resolve(relative).normalize();
        if (!candidate.startsWith(root)) {
            throw outside();
        }
        Path real;
        try {
            real = candidate.toRealPath();
        } catch (NoSuchFileException e) {
            throw new Refusal(RefusalReason.NOT_FOUND, TFTPErrorPacket.FILE_NOT_FOUND, "File not found");
        } catch (AccessDeniedException e) {
            throw new Refusal(RefusalReason.NOT_A_FILE, TFTPErrorPacket.ACCESS_VIOLATION, "Access violation");
        } catch (IOException e) {
            throw new Refusal(RefusalReason.NOT_FOUND, TFTPErrorPacket.FILE_NOT_FOUND, "File not found");
        }
        if (!real.startsWith(root)) {
            throw outside(); // a symlink (file or folder) leading out of the root
        }
        if (!Files.isRegularFile(real, LinkOption.NOFOLLOW_LINKS)) {
            throw new Refusal(RefusalReason.NOT_A_FILE, TFTPErrorPacket.FILE_NOT_FOUND, "Not a regular file");
        }
        if (!Files.isReadable(real)) {
            throw new Refusal(RefusalReason.NOT_A_FILE, TFTPErrorPacket.ACCESS_VIOLATION, "Access violation");
        }
        return real;
    }

    /** The request as a clean relative path with {@code /} separators, or a refusal. */
    static String relativeName(String requested) throws Refusal {
        if (requested == null || requested.isEmpty() || requested.length() > MAX_NAME_LENGTH) {
            throw new Refusal(RefusalReason.BAD_REQUEST, TFTPErrorPacket.ILLEGAL_OPERATION, "Bad file name");
        }
        for (int i = 0; i < requested.length(); i++) {
            if (requested.charAt(i) < 0x20 || requested.charAt(i) == 0x7f) {
                throw new Refusal(RefusalReason.BAD_REQUEST, TFTPErrorPacket.ILLEGAL_OPERATION, "Bad file name");
            }
        }
        if (hidesTraversal(requested)) {
            throw outside();
        }
        String name = requested.replace('\\', '/');
        if (name.indexOf(':') >= 0) {
            throw outside(); // C:/..., \\?\C:\..., and NTFS alternate streams
        }
        List<String> segments = new ArrayList<>();
        for (String segment : name.split("/")) {
            if (segment.isEmpty() || segment.equals(".")) {
                continue;
            }
            if (segment.equals("..") || segment.chars().allMatch(c -> c == '.' || c == ' ')) {
                throw outside(); // Windows also treats "...", ". ." and ".. " as parents
            }
            segments.add(segment);
        }
        if (segments.isEmpty()) {
            throw new Refusal(RefusalReason.NOT_A_FILE, TFTPErrorPacket.FILE_NOT_FOUND, "Not a regular file");
        }
        return String.join("/", segments);
    }

    /** Percent-encoding (also double) that decodes to a dot, a slash or a backslash. */
    private static boolean hidesTraversal(String name) {
        String current = name;
        for (int round = 0; round < 3 && current.indexOf('%') >= 0; round++) {
            String lower = current.toLowerCase(Locale.ROOT);
            if (lower.contains("%2e")
                    || lower.contains("%2f")
                    || lower.contains("%5c")
                    || lower.contains("%c0")
                    || lower.contains("%u002e")) {
                return true;
            }
            try {
                current = URLDecoder.decode(current.replace("+", "%2B"), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                return false; // not percent-encoding after all: a literal % in a name
            }
        }
        return false;
    }

    private static Refusal outside() {
        return new Refusal(RefusalReason.OUTSIDE_ROOT, TFTPErrorPacket.ACCESS_VIOLATION, "Access violation");
    }
}
