package org.ewcstation.servers.tftp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ewcstation.servers.event.TransferEvent.RefusalReason;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The path rules on a real folder with real symlinks. */
class RootFolderTest {

    @TempDir
    Path base;

    Path root;
    RootFolder folder;

    @BeforeEach
    void setUp() throws IOException {
        root = Files.createDirectories(base.resolve("root"));
        Files.createDirectories(root.resolve("images/17.15"));
        Files.writeString(root.resolve("images/17.15/ap1g7"), "image");
        Files.writeString(root.resolve("top.bin"), "top");
        Files.writeString(base.resolve("secret.txt"), "secret");
        Files.createSymbolicLink(root.resolve("escape"), base.resolve("secret.txt"));
        Files.createSymbolicLink(root.resolve("outdir"), base);
        Files.createSymbolicLink(root.resolve("alias.bin"), root.resolve("top.bin"));
        folder = new RootFolder(root);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "top.bin",
                "/top.bin",
                "//top.bin",
                "./top.bin",
                "images/17.15/ap1g7",
                "/images/17.15/ap1g7",
                "images\\17.15\\ap1g7",
                "\\images\\17.15\\ap1g7",
                "images//17.15/./ap1g7",
                "alias.bin"
            })
    void servesFilesInsideTheRoot(String name) throws Refusal {
        assertThat(folder.resolve(name)).startsWith(folder.root());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "../secret.txt",
                "/../secret.txt",
                "images/../../secret.txt",
                "..\\secret.txt",
                "images\\..\\..\\secret.txt",
                "%2e%2e/secret.txt",
                "%2E%2E%2Fsecret.txt",
                "..%2fsecret.txt",
                "..%5csecret.txt",
                "%252e%252e/secret.txt",
                "C:\\Windows\\win.ini",
                "c:/boot.ini",
                "C:secret.txt",
                "\\\\?\\C:\\x",
                "top.bin::$DATA",
                "escape",
                "outdir/secret.txt",
                "images/17.15/..",
                "...",
                ". .",
                "images/../top.bin"
            })
    void refusesEverythingThatCouldLeaveTheRoot(String name) {
        Refusal r = catchThrowableOfType(Refusal.class, () -> folder.resolve(name));
        assertThat(r).as(name).isNotNull();
        assertThat(r.reason()).as(name).isEqualTo(RefusalReason.OUTSIDE_ROOT);
        assertThat(r.errorCode()).isEqualTo(2);
    }

    @Test
    void missingFileIsNotFound() {
        Refusal r = catchThrowableOfType(Refusal.class, () -> folder.resolve("images/17.15/ap1g6a"));
        assertThat(r.reason()).isEqualTo(RefusalReason.NOT_FOUND);
        assertThat(r.errorCode()).isEqualTo(1);
    }

    @Test
    void folderIsNotAFile() {
        assertThat(catchThrowableOfType(Refusal.class, () -> folder.resolve("images"))
                        .reason())
                .isEqualTo(RefusalReason.NOT_A_FILE);
        assertThat(catchThrowableOfType(Refusal.class, () -> folder.resolve("/"))
                        .reason())
                .isEqualTo(RefusalReason.NOT_A_FILE);
    }

    @Test
    void controlCharactersAreABadRequest() {
        assertThat(catchThrowableOfType(Refusal.class, () -> folder.resolve("top\n.bin"))
                        .reason())
                .isEqualTo(RefusalReason.BAD_REQUEST);
    }

    @Test
    void aLiteralPercentIsJustACharacter() throws IOException, Refusal {
        Files.writeString(root.resolve("50%off"), "x");
        assertThat(folder.resolve("50%off").getFileName()).hasToString("50%off");
    }
}
