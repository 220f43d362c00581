package org.ewcstation.servers.sftp;

import java.io.IOException;
import java.nio.channels.Channel;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.CopyOption;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.AclEntry;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.security.Principal;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import org.apache.sshd.common.file.root.RootedFileSystem;
import org.apache.sshd.sftp.server.DirectoryHandle;
import org.apache.sshd.sftp.server.FileHandle;
import org.apache.sshd.sftp.server.SftpFileSystemAccessor;
import org.apache.sshd.sftp.server.SftpSubsystemProxy;
import org.ewcstation.servers.event.TransferEvent.RefusalReason;

/**
 * The single gate every SFTP file operation passes: reads and listings go through, anything that would
 * change the repository is refused with "permission denied", and so is a path whose real location (after
 * following symlinks) lies outside the served folder. Refusals are reported to {@link Refusals}.
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

    private final Path realRoot;
    private final Refusals refusals;

    ReadOnlyAccessor(Path realRoot, Refusals refusals) {
        this.realRoot = realRoot;
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
        requireInsideRoot(subsystem, file);
        return SftpFileSystemAccessor.super.openFile(subsystem, fileHandle, file, handle, options, attrs);
    }

    @Override
    public DirectoryStream<Path> openDirectory(
            SftpSubsystemProxy subsystem, DirectoryHandle dirHandle, Path dir, String handle, LinkOption... options)
            throws IOException {
        requireInsideRoot(subsystem, dir);
        return SftpFileSystemAccessor.super.openDirectory(subsystem, dirHandle, dir, handle, options);
    }

    /** Following a symlink out of the root must not tell the client even the size or date of what it points to. */
    @Override
    public NavigableMap<String, Object> resolveReportedFileAttributes(
            SftpSubsystemProxy subsystem,
            Path file,
            int flags,
            NavigableMap<String, Object> attrs,
            LinkOption... options)
            throws IOException {
        boolean follows = !Arrays.asList(options).contains(LinkOption.NOFOLLOW_LINKS);
        if (follows && Files.isSymbolicLink(file)) {
            requireInsideRoot(subsystem, file);
        }
        return SftpFileSystemAccessor.super.resolveReportedFileAttributes(subsystem, file, flags, attrs, options);
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

    /**
     * The virtual root already folds {@code ..} away; this catches a symlink inside the repository that
     * points outside it (a stray link in an unpacked bundle must not expose the laptop's files).
     */
    private void requireInsideRoot(SftpSubsystemProxy subsystem, Path virtual) throws IOException {
        Path real = toLocal(virtual).toRealPath();
        if (!real.startsWith(realRoot)) {
            refusals.refused(subsystem, virtual.toString(), RefusalReason.OUTSIDE_ROOT, "open");
            throw new AccessDeniedException(virtual.toString(), null, "outside the served folder");
        }
    }

    private Path toLocal(Path virtual) {
        if (virtual.getFileSystem() instanceof RootedFileSystem rooted) {
            String relative = virtual.toAbsolutePath().normalize().toString().replaceFirst("^/+", "");
            return relative.isEmpty() ? rooted.getRoot() : rooted.getRoot().resolve(relative);
        }
        return virtual;
    }
}
