package org.ewcstation.servers.path;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import java.nio.file.FileSystem;
import java.util.List;

/**
 * Names a peer may ask for that mean something else on Windows (or climb out anywhere), each with the rule
 * that must refuse it, and names that must keep working. Shared by the TFTP and SFTP tests, which run them on
 * a Windows-style and a Unix-style in-memory file system and on the real one.
 */
public final class HostileNames {

    /** A hostile name and the rule expected to refuse it. */
    public record Case(String name, PathRule rule) {
        @Override
        public String toString() {
            return rule + " " + name.replace("\0", "\\0").replace("\n", "\\n");
        }
    }

    private HostileNames() {}

    public static List<Case> corpus() {
        return List.of(
                new Case("../secret.txt", PathRule.PARENT),
                new Case("..\\secret.txt", PathRule.PARENT),
                new Case("images/../../secret.txt", PathRule.PARENT),
                new Case("\\..\\..\\secret.txt", PathRule.PARENT),
                new Case("%2e%2e/secret.txt", PathRule.ENCODED_TRAVERSAL),
                new Case("%2E%2E%5Csecret.txt", PathRule.ENCODED_TRAVERSAL),
                new Case("..%2fsecret.txt", PathRule.ENCODED_TRAVERSAL),
                new Case("%252e%252e%252fsecret.txt", PathRule.ENCODED_TRAVERSAL),
                new Case("%c0%ae%c0%ae/secret.txt", PathRule.ENCODED_TRAVERSAL),
                new Case("...", PathRule.DOTS_ONLY),
                new Case(". .", PathRule.DOTS_ONLY),
                new Case("..../secret.txt", PathRule.DOTS_ONLY),
                new Case(".. /secret.txt", PathRule.DOTS_ONLY),
                new Case("C:\\secret.txt", PathRule.DRIVE_LETTER),
                new Case("c:/secret.txt", PathRule.DRIVE_LETTER),
                new Case("C:secret.txt", PathRule.DRIVE_LETTER),
                new Case("D:\\", PathRule.DRIVE_LETTER),
                new Case("/C:/secret.txt", PathRule.DRIVE_LETTER),
                new Case("\\\\host\\share\\secret.txt", PathRule.UNC_PATH),
                new Case("\\\\?\\C:\\secret.txt", PathRule.UNC_PATH),
                new Case("\\\\.\\COM1", PathRule.UNC_PATH),
                new Case("\\\\?\\UNC\\host\\share\\secret.txt", PathRule.UNC_PATH),
                new Case("\\\\127.0.0.1\\c$\\secret.txt", PathRule.UNC_PATH),
                new Case("/\\host\\share\\secret.txt", PathRule.UNC_PATH),
                new Case("top.bin::$DATA", PathRule.ALTERNATE_STREAM),
                new Case("top.bin:hidden", PathRule.ALTERNATE_STREAM),
                new Case("top.bin:hidden:$DATA", PathRule.ALTERNATE_STREAM),
                new Case("images/17.15/ap1g7::$DATA", PathRule.ALTERNATE_STREAM),
                new Case("images:$I30:$INDEX_ALLOCATION", PathRule.ALTERNATE_STREAM),
                new Case("CON", PathRule.RESERVED_DEVICE_NAME),
                new Case("con", PathRule.RESERVED_DEVICE_NAME),
                new Case("NUL", PathRule.RESERVED_DEVICE_NAME),
                new Case("nul.txt", PathRule.RESERVED_DEVICE_NAME),
                new Case("NUL.tar.gz", PathRule.RESERVED_DEVICE_NAME),
                new Case("PRN", PathRule.RESERVED_DEVICE_NAME),
                new Case("aux.bin", PathRule.RESERVED_DEVICE_NAME),
                new Case("COM1", PathRule.RESERVED_DEVICE_NAME),
                new Case("com9.log", PathRule.RESERVED_DEVICE_NAME),
                new Case("LPT1", PathRule.RESERVED_DEVICE_NAME),
                new Case("lpt3.txt", PathRule.RESERVED_DEVICE_NAME),
                new Case("COM\u00b9", PathRule.RESERVED_DEVICE_NAME),
                new Case("CONIN$", PathRule.RESERVED_DEVICE_NAME),
                new Case("conout$.txt", PathRule.RESERVED_DEVICE_NAME),
                new Case("con .txt", PathRule.RESERVED_DEVICE_NAME),
                new Case("images/NUL", PathRule.RESERVED_DEVICE_NAME),
                new Case("top.bin.", PathRule.TRAILING_DOT_OR_SPACE),
                new Case("top.bin ", PathRule.TRAILING_DOT_OR_SPACE),
                new Case("top.bin. . ", PathRule.TRAILING_DOT_OR_SPACE),
                new Case("images./17.15/ap1g7", PathRule.TRAILING_DOT_OR_SPACE),
                new Case("images /17.15/ap1g7", PathRule.TRAILING_DOT_OR_SPACE),
                new Case("PROGRA~1", PathRule.SHORT_NAME),
                new Case("TOPBIN~1.BIN", PathRule.SHORT_NAME),
                new Case("images/17.15/AP1G7~1", PathRule.SHORT_NAME),
                new Case("IMAGES~1/17.15/ap1g7", PathRule.SHORT_NAME),
                new Case("top?.bin", PathRule.ILLEGAL_CHARACTER),
                new Case("*.bin", PathRule.ILLEGAL_CHARACTER),
                new Case("top<1>.bin", PathRule.ILLEGAL_CHARACTER),
                new Case("top.bin|more", PathRule.ILLEGAL_CHARACTER),
                new Case("\"top.bin\"", PathRule.ILLEGAL_CHARACTER),
                new Case("..\uff0fsecret.txt", PathRule.CONFUSABLE_CHARACTER),
                new Case("..\uff3csecret.txt", PathRule.CONFUSABLE_CHARACTER),
                new Case("\uff0e\uff0e/secret.txt", PathRule.CONFUSABLE_CHARACTER),
                new Case("..\u2215secret.txt", PathRule.CONFUSABLE_CHARACTER),
                new Case("top.bin\uff1ahidden", PathRule.CONFUSABLE_CHARACTER),
                new Case("top.bin\0.txt", PathRule.CONTROL_CHARACTER),
                new Case("top\n.bin", PathRule.CONTROL_CHARACTER),
                new Case("a".repeat(1100), PathRule.TOO_LONG),
                new Case("x".repeat(300) + "/top.bin", PathRule.TOO_LONG));
    }

    /** Names that look unusual but are plain files of the test tree and must keep being served. */
    public static List<String> servable() {
        return List.of(
                "top.bin",
                "/top.bin",
                "//top.bin",
                "./top.bin",
                "images/17.15/ap1g7",
                "\\images\\17.15\\ap1g7",
                "images//17.15/./ap1g7",
                "50%off",
                "~tilde.bin",
                "console.log",
                "nullable.bin",
                "COM10",
                "name with space.bin",
                "v1.2.3.bin");
    }

    /** The files {@link #servable()} names, relative to the served folder. */
    public static List<String> servableFiles() {
        return List.of(
                "top.bin",
                "images/17.15/ap1g7",
                "50%off",
                "~tilde.bin",
                "console.log",
                "nullable.bin",
                "COM10",
                "name with space.bin",
                "v1.2.3.bin");
    }

    /** A Windows-style in-memory file system with two drives and a UNC share, as a technician's laptop has. */
    public static FileSystem windows() {
        return Jimfs.newFileSystem(Configuration.windows().toBuilder()
                .setRoots("C:\\", "D:\\", "\\\\host\\share\\")
                .setWorkingDirectory("C:\\work")
                .setAttributeViews("basic", "owner", "dos", "acl", "user")
                .build());
    }

    /** A Unix-style in-memory file system. */
    public static FileSystem unix() {
        return Jimfs.newFileSystem(Configuration.unix().toBuilder()
                .setAttributeViews("basic", "owner", "posix", "unix")
                .build());
    }
}
