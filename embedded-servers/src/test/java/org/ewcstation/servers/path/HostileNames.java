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
    public record Case(String name, RequestPathRule rule) {
        @Override
        public String toString() {
            return rule + " " + name.replace("\0", "\\0").replace("\n", "\\n");
        }
    }

    private HostileNames() {}

    public static List<Case> corpus() {
        return List.of(
                new Case("../secret.txt", RequestPathRule.PARENT),
                new Case("..\\secret.txt", RequestPathRule.PARENT),
                new Case("images/../../secret.txt", RequestPathRule.PARENT),
                new Case("\\..\\..\\secret.txt", RequestPathRule.PARENT),
                new Case("%2e%2e/secret.txt", RequestPathRule.ENCODED_TRAVERSAL),
                new Case("%2E%2E%5Csecret.txt", RequestPathRule.ENCODED_TRAVERSAL),
                new Case("..%2fsecret.txt", RequestPathRule.ENCODED_TRAVERSAL),
                new Case("%252e%252e%252fsecret.txt", RequestPathRule.ENCODED_TRAVERSAL),
                new Case("%c0%ae%c0%ae/secret.txt", RequestPathRule.ENCODED_TRAVERSAL),
                new Case("...", RequestPathRule.DOTS_ONLY),
                new Case(". .", RequestPathRule.DOTS_ONLY),
                new Case("..../secret.txt", RequestPathRule.DOTS_ONLY),
                new Case(".. /secret.txt", RequestPathRule.DOTS_ONLY),
                new Case("C:\\secret.txt", RequestPathRule.DRIVE_LETTER),
                new Case("c:/secret.txt", RequestPathRule.DRIVE_LETTER),
                new Case("C:secret.txt", RequestPathRule.DRIVE_LETTER),
                new Case("D:\\", RequestPathRule.DRIVE_LETTER),
                new Case("/C:/secret.txt", RequestPathRule.DRIVE_LETTER),
                new Case("\\\\host\\share\\secret.txt", RequestPathRule.UNC_PATH),
                new Case("\\\\?\\C:\\secret.txt", RequestPathRule.UNC_PATH),
                new Case("\\\\.\\COM1", RequestPathRule.UNC_PATH),
                new Case("\\\\?\\UNC\\host\\share\\secret.txt", RequestPathRule.UNC_PATH),
                new Case("\\\\127.0.0.1\\c$\\secret.txt", RequestPathRule.UNC_PATH),
                new Case("/\\host\\share\\secret.txt", RequestPathRule.UNC_PATH),
                new Case("top.bin::$DATA", RequestPathRule.ALTERNATE_STREAM),
                new Case("top.bin:hidden", RequestPathRule.ALTERNATE_STREAM),
                new Case("top.bin:hidden:$DATA", RequestPathRule.ALTERNATE_STREAM),
                new Case("images/17.15/ap1g7::$DATA", RequestPathRule.ALTERNATE_STREAM),
                new Case("images:$I30:$INDEX_ALLOCATION", RequestPathRule.ALTERNATE_STREAM),
                new Case("CON", RequestPathRule.RESERVED_DEVICE_NAME),
                new Case("con", RequestPathRule.RESERVED_DEVICE_NAME),
                new Case("NUL", RequestPathRule.RESERVED_DEVICE_NAME),
                new Case("nul.txt", RequestPathRule.RESERVED_DEVICE_NAME),
                new Case("NUL.tar.gz", RequestPathRule.RESERVED_DEVICE_NAME),
                new Case("PRN", RequestPathRule.RESERVED_DEVICE_NAME),
                new Case("aux.bin", RequestPathRule.RESERVED_DEVICE_NAME),
                new Case("COM1", RequestPathRule.RESERVED_DEVICE_NAME),
                new Case("com9.log", RequestPathRule.RESERVED_DEVICE_NAME),
                new Case("LPT1", RequestPathRule.RESERVED_DEVICE_NAME),
                new Case("lpt3.txt", RequestPathRule.RESERVED_DEVICE_NAME),
                new Case("COM\u00b9", RequestPathRule.RESERVED_DEVICE_NAME),
                new Case("CONIN$", RequestPathRule.RESERVED_DEVICE_NAME),
                new Case("conout$.txt", RequestPathRule.RESERVED_DEVICE_NAME),
                new Case("con .txt", RequestPathRule.RESERVED_DEVICE_NAME),
                new Case("images/NUL", RequestPathRule.RESERVED_DEVICE_NAME),
                new Case("top.bin.", RequestPathRule.TRAILING_DOT_OR_SPACE),
                new Case("top.bin ", RequestPathRule.TRAILING_DOT_OR_SPACE),
                new Case("top.bin. . ", RequestPathRule.TRAILING_DOT_OR_SPACE),
                new Case("images./17.15/ap1g7", RequestPathRule.TRAILING_DOT_OR_SPACE),
                new Case("images /17.15/ap1g7", RequestPathRule.TRAILING_DOT_OR_SPACE),
                new Case("PROGRA~1", RequestPathRule.SHORT_NAME),
                new Case("TOPBIN~1.BIN", RequestPathRule.SHORT_NAME),
                new Case("images/17.15/AP1G7~1", RequestPathRule.SHORT_NAME),
                new Case("IMAGES~1/17.15/ap1g7", RequestPathRule.SHORT_NAME),
                new Case("top?.bin", RequestPathRule.ILLEGAL_CHARACTER),
                new Case("*.bin", RequestPathRule.ILLEGAL_CHARACTER),
                new Case("top<1>.bin", RequestPathRule.ILLEGAL_CHARACTER),
                new Case("top.bin|more", RequestPathRule.ILLEGAL_CHARACTER),
                new Case("\"top.bin\"", RequestPathRule.ILLEGAL_CHARACTER),
                new Case("..\uff0fsecret.txt", RequestPathRule.CONFUSABLE_CHARACTER),
                new Case("..\uff3csecret.txt", RequestPathRule.CONFUSABLE_CHARACTER),
                new Case("\uff0e\uff0e/secret.txt", RequestPathRule.CONFUSABLE_CHARACTER),
                new Case("..\u2215secret.txt", RequestPathRule.CONFUSABLE_CHARACTER),
                new Case("top.bin\uff1ahidden", RequestPathRule.CONFUSABLE_CHARACTER),
                new Case("top.bin\0.txt", RequestPathRule.CONTROL_CHARACTER),
                new Case("top\n.bin", RequestPathRule.CONTROL_CHARACTER),
                new Case("a".repeat(1100), RequestPathRule.TOO_LONG),
                new Case("x".repeat(300) + "/top.bin", RequestPathRule.TOO_LONG));
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
