package org.ewcstation.servers.sftp;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ewcstation.servers.path.PathRefusal;
import org.ewcstation.servers.path.RequestPathRule;
import org.ewcstation.servers.path.RequestPaths;

/**
 * Keeps every SFTP path inside the served folder. A requested path is first held to the shared name rules
 * ({@link RequestPaths}, with {@code ..} folded as SFTP clients expect), then walked element by element on
 * the real file system: each symlink met on the way, not only the last element, must resolve inside the
 * root. Whatever leaves it is "no such file", for stat, lstat, readlink, realpath, opendir and open alike,
 * so the answer tells a client nothing about the laptop's other files, not even whether they exist.
 */
final class SftpConfinement {

    /** Symlinks followed for one path before it counts as a loop, as the kernel's ELOOP limit. */
    private static final int MAX_LINKS = 40;

    private final Path realRoot;

    SftpConfinement(Path realRoot) {
        this.realRoot = realRoot;
    }

    /** A path whose real location (symlinks followed) lies outside the served folder. */
    static final class OutsideRootException extends NoSuchFileException {
        private static final long serialVersionUID = 1L;

        OutsideRootException(String requested) {
            super(requested);
        }
    }

    /** A path refused by a name rule before the file system was asked. */
    static final class HostilePathException extends AccessDeniedException {
        private static final long serialVersionUID = 1L;
        private final transient RequestPathRule rule;

        HostilePathException(String requested, RequestPathRule rule) {
            super(requested, null, rule.name());
            this.rule = rule;
        }

        RequestPathRule rule() {
            return rule;
        }
    }

    /** The request as clean plain names under the root, or a refusal naming the rule it broke. */
    List<String> segments(String requested) throws HostilePathException {
        try {
            return RequestPaths.segments(requested == null ? "" : requested, RequestPaths.Parents.FOLD);
        } catch (PathRefusal p) {
            throw new HostilePathException(requested, p.rule());
        }
    }

    /** The names of a path of MINA's rooted file system, {@code ..} folded as the virtual root does. */
    static List<String> segmentsOf(Path virtual) {
        List<String> names = new ArrayList<>();
        for (Path name : virtual.toAbsolutePath().normalize()) {
            String n = name.toString();
            if (!n.isEmpty() && !n.equals("/") && !n.equals("\\")) {
                names.add(n);
            }
        }
        return names;
    }

    /**
     * Walks {@code segments} from the root. Returns quietly when every element met stays inside, or when an
     * element does not exist (the caller's own lookup then answers "no such file").
     */
    void requireInside(String requested, List<String> segments) throws IOException {
        Path current = realRoot;
        int links = 0;
        for (String segment : segments) {
            Path next = current.resolve(segment);
            if (Files.isSymbolicLink(next)) {
                if (++links > MAX_LINKS) {
                    throw new NoSuchFileException(requested, null, "too many symlinks");
                }
                current = realTarget(requested, next);
            } else if (Files.exists(next, LinkOption.NOFOLLOW_LINKS)) {
                current = next;
            } else {
                return;
            }
        }
    }

    /** True when {@code virtual} may be shown; a listing leaves out the links that lead outside. */
    boolean isVisible(Path virtual) {
        try {
            requireInside(virtual.toString(), segmentsOf(virtual));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * What readlink answers for a link inside the root: its target as a path of the served folder, never the
     * laptop's own folder names.
     */
    String virtualTarget(String requested, Path virtualLink) throws IOException {
        Path local = realRoot;
        for (String segment : segmentsOf(virtualLink)) {
            local = local.resolve(segment);
        }
        Path real = realTarget(requested, local);
        StringBuilder sb = new StringBuilder();
        for (Path name : realRoot.relativize(real)) {
            sb.append('/').append(name);
        }
        return sb.isEmpty() ? "/" : sb.toString();
    }

    private Path realTarget(String requested, Path link) throws IOException {
        Path real;
        try {
            real = link.toRealPath();
        } catch (IOException dangling) {
            throw new NoSuchFileException(requested, null, "broken symlink");
        }
        if (!real.startsWith(realRoot)) {
            throw new OutsideRootException(requested);
        }
        return real;
    }
}
