package org.ewcstation.servers.sftp;

import java.io.IOException;
import java.nio.channels.Channel;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.CopyOption;
import java.nio.file.DirectoryStream;
import java.nio.file.LinkOption;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.AclEntry;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.security.Principal;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.StreamSupport;
import org.apache.sshd.sftp.server.DirectoryHandle;
import org.apache.sshd.sftp.server.FileHandle;
import org.apache.sshd.sftp.server.SftpFileSystemAccessor;
import org.apache.sshd.sftp.server.SftpSubsystemProxy;
import org.ewcstation.servers.event.TransferEvent.RefusalReason;
import org.ewcstation.servers.path.RequestPaths;

/**
 * The single gate every SFTP file operation passes: reads and listings go through, anything that would
 * change the repository is refused with "permission denied" and reported to {@link Refusals}. Paths are held
 * to {@link SftpConfinement}: a hostile name is "permission denied", a path whose real location leaves the
 * served folder is "no such file" (both reported by {@link RefusalReporter}, which knows the command).
 */
final class ReadOnlyAccessor implements SftpFileSystemAccessor {

    private static final Set<OpenOption> WRITING = Set.of(
            StandardOpenOption.WRITE,
            StandardOpenOption.APPEND,
            StandardOpenOption.CREATE,
            StandardOpenOption.CREATE_NEW,
            StandardOpenOption.TRUNCATE_EXISTING,
            StandardOpenOption.DELETE_ON_CLOSE);

    /** Where the accessor reports what it refused. */
    interface Refusals {
        void refused(SftpSubsystemProxy subsystem, String path, RefusalReason reason, String operation);
    }

    private final SftpConfinement confinement;
    private final Refusals refusals;

    ReadOnlyAccessor(Path realRoot, Refusals refusals) {
        this.confinement = new SftpConfinement(realRoot);
        this.refusals = refusals;
    }

    @Override
    public SeekableByteChannel openFile(
            SftpSubsystemProxy subsystem,
            FileHandle fileHandle,
            Path file,
            String handle,
            Set<? extends OpenOption> options,
            FileAttribute<?>... attrs)
            throws IOException {
        if (options.stream().anyMatch(WRITING::contains)) {
            throw deny(subsystem, file, "open for writing");
        }
        confinement.requireInside(file.toString(), SftpConfinement.segmentsOf(file));
        return SftpFileSystemAccessor.super.openFile(subsystem, fileHandle, file, handle, options, attrs);
    }

    @Override
    public DirectoryStream<Path> openDirectory(
            SftpSubsystemProxy subsystem, DirectoryHandle dirHandle, Path dir, String handle, LinkOption... options)
            throws IOException {
        confinement.requireInside(dir.toString(), SftpConfinement.segmentsOf(dir));
        DirectoryStream<Path> entries =
                SftpFileSystemAccessor.super.openDirectory(subsystem, dirHandle, dir, handle, options);
        return new DirectoryStream<>() {
            @Override
            public Iterator<Path> iterator() {
                // a link that leads out is left out of the listing, as if it were not there
                return StreamSupport.stream(entries.spliterator(), false)
                        .filter(confinement::isVisible)
                        .iterator();
            }

            @Override
            public void close() throws IOException {
                entries.close();
            }
        };
    }

    /**
     * Every path a client names comes through here first (stat, lstat, readlink, realpath, opendir, open and
     * the extensions): the name rules, then each element's real location, before MINA looks at the file.
     */
    @Override
    public Path resolveLocalFilePath(SftpSubsystemProxy subsystem, Path rootDir, String remotePath) throws IOException {
        List<String> segments = confinement.segments(remotePath);
        confinement.requireInside(remotePath, segments);
        return SftpFileSystemAccessor.super.resolveLocalFilePath(subsystem, rootDir, "/" + RequestPaths.join(segments));
    }

    /** A link inside the root reads as a path of the served folder, never with the laptop's folder names. */
    @Override
    public String resolveLinkTarget(SftpSubsystemProxy subsystem, Path link) throws IOException {
        return confinement.virtualTarget(link.toString(), link);
    }

    @Override
    public void syncFileData(
            SftpSubsystemProxy subsystem, FileHandle fileHandle, Path file, String handle, Channel channel) {
        // fsync of a file opened read-only changes nothing: answer OK rather than confuse the client
    }

    @Override
    public void setFileAttribute(
            SftpSubsystemProxy subsystem, Path file, String view, String attribute, Object value, LinkOption... options)
            throws IOException {
        throw deny(subsystem, file, "setstat " + attribute);
    }

    @Override
    public void applyExtensionFileAttributes(
            SftpSubsystemProxy subsystem, Path file, Map<String, byte[]> extensions, LinkOption... options)
            throws IOException {
        if (!extensions.isEmpty()) {
            throw deny(subsystem, file, "setstat extensions");
        }
    }

    @Override
    public void setFileOwner(SftpSubsystemProxy subsystem, Path file, Principal value, LinkOption... options)
            throws IOException {
        throw deny(subsystem, file, "chown");
    }

    @Override
    public void setGroupOwner(SftpSubsystemProxy subsystem, Path file, Principal value, LinkOption... options)
            throws IOException {
        throw deny(subsystem, file, "chgrp");
    }

    @Override
    public void setFilePermissions(
            SftpSubsystemProxy subsystem, Path file, Set<PosixFilePermission> perms, LinkOption... options)
            throws IOException {
        throw deny(subsystem, file, "chmod");
    }

    @Override
    public void setFileAccessControl(SftpSubsystemProxy subsystem, Path file, List<AclEntry> acl, LinkOption... options)
            throws IOException {
        throw deny(subsystem, file, "setacl");
    }

    @Override
    public void createDirectory(SftpSubsystemProxy subsystem, Path path) throws IOException {
        throw deny(subsystem, path, "mkdir");
    }

    @Override
    public void createLink(SftpSubsystemProxy subsystem, Path link, Path existing, boolean symLink) throws IOException {
        throw deny(subsystem, link, symLink ? "symlink" : "link");
    }

    @Override
    public void renameFile(SftpSubsystemProxy subsystem, Path oldPath, Path newPath, Collection<CopyOption> opts)
            throws IOException {
        throw deny(subsystem, oldPath, "rename");
    }

    @Override
    public void copyFile(SftpSubsystemProxy subsystem, Path src, Path dst, Collection<CopyOption> opts)
            throws IOException {
        throw deny(subsystem, dst, "copy");
    }

    @Override
    public void removeFile(SftpSubsystemProxy subsystem, Path path, boolean isDirectory) throws IOException {
        throw deny(subsystem, path, isDirectory ? "rmdir" : "remove");
    }

    private AccessDeniedException deny(SftpSubsystemProxy subsystem, Path path, String operation) {
        refusals.refused(subsystem, path.toString(), RefusalReason.READ_ONLY, operation);
        return new AccessDeniedException(path.toString(), null, "read-only server");
    }
}
