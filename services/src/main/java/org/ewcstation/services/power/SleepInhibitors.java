package org.ewcstation.services.power;

import java.util.Locale;

/** The sleep inhibition of the OS we run on. */
public final class SleepInhibitors {

    private SleepInhibitors() {}

    public static SleepInhibitor forThisOs() {
        return forOs(System.getProperty("os.name", ""));
    }

    static SleepInhibitor forOs(String osName) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            return new WindowsInhibitor(new Kernel32());
        }
        if (os.startsWith("mac")) {
            return ProcessInhibitor.caffeinate("/usr/bin/caffeinate");
        }
        if (os.startsWith("linux")) {
            return ProcessInhibitor.logind("systemd-inhibit");
        }
        return SleepInhibitor.UNSUPPORTED;
    }
}
