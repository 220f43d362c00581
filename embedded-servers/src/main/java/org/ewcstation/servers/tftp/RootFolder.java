package org.ewcstation.servers.tftp;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.net.tftp.TFTPErrorPacket;
import org.ewcstation.servers.event.TransferEvent.RefusalReason;
import org.ewcstation.servers.path.PathRefusal;
import org.ewcstation.servers.path.RequestPathRule;
import org.ewcstation.servers.path.RequestPaths;

/**
 * Maps a requested TFTP file name to a regular file inside the root, or refuses it. Like tftpd-hpa's
 * {@code --secure}, a leading {@code /} means the root. The name rules ({@code ..}, percent-encoded dots and
 * slashes, drives, UNC paths, streams, devices, short names, trailing dots) are {@link RequestPaths}', with
 * parents refused; a symlink (file or folder) pointing out of the root is refused here.
 */
final class RootFolder {

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
        if (requested == null || requested.isEmpty()) {
            throw new Refusal(RefusalReason.BAD_REQUEST, TFTPErrorPacket.ILLEGAL_OPERATION, "Bad file name");
        }
        List<String> segments;
        try {
            segments = RequestPaths.segments(requested, RequestPaths.Parents.REFUSE);
        } catch (PathRefusal p) {
            throw refusal(p.rule());
        }
        if (segments.isEmpty()) {
            throw new Refusal(RefusalReason.NOT_A_FILE, TFTPErrorPacket.FILE_NOT_FOUND, "Not a regular file");
        }
        return RequestPaths.join(segments);
    }

    private static Refusal refusal(RequestPathRule rule) {
        if (rule.reason() == RefusalReason.BAD_REQUEST) {
            return new Refusal(rule.reason(), TFTPErrorPacket.ILLEGAL_OPERATION, "Bad file name", rule);
        }
        return new Refusal(rule.reason(), TFTPErrorPacket.ACCESS_VIOLATION, "Access violation", rule);
    }

    private static Refusal outside() {
        return new Refusal(RefusalReason.OUTSIDE_ROOT, TFTPErrorPacket.ACCESS_VIOLATION, "Access violation");
    }
}
