package org.ewcstation.servers.tftp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.commons.net.tftp.TFTPErrorPacket;
import org.ewcstation.servers.event.TransferEvent.RefusalReason;
import org.ewcstation.servers.path.HostileNames;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The TFTP root's rules on three file systems: a Windows-style one in memory (drives, a UNC share,
 * backslashes, case-insensitive names), a Unix-style one in memory and the real one, so the Windows rules are
 * tested on every operating system the build runs on.
 */
class RootFolderFileSystemsTest {

    enum Kind {
        WINDOWS_MODEL,
        UNIX_MODEL,
        REAL
    }

    @TempDir
    Path tmp;

    FileSystem memory;

    @AfterEach
    void closeMemory() throws IOException {
        if (memory != null) {
            memory.close();
        }
    }

    static Stream<Arguments> corpusOnEveryFileSystem() {
        return Stream.of(Kind.values())
                .flatMap(k -> HostileNames.corpus().stream().map(c -> Arguments.of(k, c)));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("corpusOnEveryFileSystem")
    void everyHostileNameIsRefusedWithItsRuleAndNothingOutsideIsServed(Kind kind, HostileNames.Case c)
            throws IOException {
        RootFolder folder = new RootFolder(tree(kind));
        Refusal r = catchThrowableOfType(Refusal.class, () -> folder.resolve(c.name()));
        assertThat(r).as(c.toString()).isNotNull();
        assertThat(r.rule()).as(c.toString()).isEqualTo(c.rule());
        assertThat(r.reason()).as(c.toString()).isEqualTo(c.rule().reason());
        assertThat(r.errorCode())
                .as(c.toString())
                .isEqualTo(
                        r.reason() == RefusalReason.BAD_REQUEST
                                ? TFTPErrorPacket.ILLEGAL_OPERATION
                                : TFTPErrorPacket.ACCESS_VIOLATION);
        assertThat(r.detail()).contains(c.rule().name());
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void plainNamesAreServedFromInsideTheRoot(Kind kind) throws IOException, Refusal {
        RootFolder folder = new RootFolder(tree(kind));
        for (String name : HostileNames.servable()) {
            Path file = folder.resolve(name);
            assertThat(file).as(name).startsWith(folder.root());
            assertThat(Files.readString(file)).as(name).startsWith("image ");
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aFolderLinkedOutIsRefusedOnEveryFileSystem(Kind kind) throws IOException {
        Path root = tree(kind);
        Files.createSymbolicLink(root.resolve("outdir"), root.getParent());
        RootFolder folder = new RootFolder(root);
        Refusal r = catchThrowableOfType(Refusal.class, () -> folder.resolve("outdir/secret.txt"));
        assertThat(r.reason()).isEqualTo(RefusalReason.OUTSIDE_ROOT);
    }

    /** The served folder with the plain files, and secrets beside it (and on Windows on another drive and share). */
    private Path tree(Kind kind) throws IOException {
        Path base = switch (kind) {
            case WINDOWS_MODEL -> (memory = HostileNames.windows()).getPath("C:\\srv");
            case UNIX_MODEL -> (memory = HostileNames.unix()).getPath("/srv");
            case REAL -> tmp;
        };
        Path root = Files.createDirectories(base.resolve("tftp"));
        for (String f : HostileNames.servableFiles()) {
            Path p = root.resolve(f);
            Files.createDirectories(p.getParent());
            Files.writeString(p, "image " + f);
        }
        Files.writeString(base.resolve("secret.txt"), "secret");
        if (kind == Kind.WINDOWS_MODEL) {
            Files.writeString(memory.getPath("C:\\secret.txt"), "secret");
            Files.writeString(memory.getPath("D:\\secret.txt"), "secret");
            Files.writeString(memory.getPath("\\\\host\\share\\secret.txt"), "secret");
        }
        return root;
    }
}
