package org.ewcstation.services.secrets;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

/**
 * Secrets in one file of the data folder that only this user may read or write (mode 600 where the file system
 * knows POSIX modes; elsewhere the per-user data folder's own rights). Every write replaces the file atomically,
 * created with mode 600 before a byte is written, so no moment exists when another user could read it.
 */
public final class FileSecretStore implements SecretStore {

    public static final String FILE_NAME = "secrets.properties";
    static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private final Path file;

    public FileSecretStore(Path dataDir) {
        this.file = dataDir.resolve(FILE_NAME);
    }

    public Path file() {
        return file;
    }

    @Override
    public synchronized Optional<String> get(String name) {
        return Optional.ofNullable(read().getProperty(name));
    }

    @Override
    public synchronized void put(String name, String secret) {
        Properties p = read();
        p.setProperty(name, secret);
        write(p);
    }

    @Override
    public synchronized void remove(String name) {
        Properties p = read();
        if (p.remove(name) != null) {
            write(p);
        }
    }

    @Override
    public Kind kind() {
        return Kind.USER_FILE;
    }

    @Override
    public String where() {
        return file.toString();
    }

    private Properties read() {
        Properties p = new Properties();
        if (Files.isRegularFile(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                p.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return p;
    }

    private void write(Properties p) {
        try {
            Files.createDirectories(file.getParent());
            Path tmp = file.resolveSibling(FILE_NAME + ".tmp");
            Files.deleteIfExists(tmp);
            if (posix()) {
                Files.createFile(tmp, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
            } else {
                Files.createFile(tmp);
            }
            try (OutputStream out = Files.newOutputStream(tmp)) {
                p.store(out, "EWC Station secrets: readable by this user only");
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }
}
