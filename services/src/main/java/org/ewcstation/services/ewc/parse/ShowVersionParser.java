package org.ewcstation.services.ewc.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ewcstation.services.ewc.model.VersionInfo;

/**
 * {@code show version}: hostname and uptime from {@code <host> uptime is ...}; platform, image and version from
 * {@code Cisco IOS Software [...], <PLATFORM> Software (<IMAGE>), ... Version <v>}, the version taken after the
 * word {@code Version} wherever it stands ({@code , Version 17.9.4a,}, {@code Experimental Version 17.6.…}).
 * An EWC prints {@code C9800-AP Software (C9800-AP-K9_…)}; its storage lines {@code …K bytes of AP Images at
 * ap_images:} and {@code …K bytes of Backup Controller Image at backup_image:} exist on no other box and name it
 * too, even when the software line scrolled out of a saved capture. A 9800-CL prints {@code C9800-CL Software}.
 */
public final class ShowVersionParser {

    private static final Pattern SOFTWARE = Pattern.compile(
            "^Cisco IOS Software(?:\\s*\\[[^\\]]*\\])?\\s*,\\s*(.+?)\\s+Software\\s+\\(([^)]*)\\)(.*)$");
    private static final Pattern VERSION_WORD = Pattern.compile("\\bVersion\\s+([^,\\s]+)");
    private static final Pattern XE_VERSION = Pattern.compile("^Cisco IOS XE Software,\\s*Version\\s+(\\S+)");
    private static final Pattern UPTIME = Pattern.compile("^(\\S+) uptime is (.+)$");
    private static final Pattern CHASSIS = Pattern.compile("^cisco (\\S+) \\(.*\\) processor");
    private static final Pattern AP_SOFTWARE = Pattern.compile("^Cisco AP Software, \\((\\S+)\\)");
    private static final Pattern AP_RUNNING = Pattern.compile("^AP Running Image\\s*:\\s*(\\S+)");
    private static final Pattern EWC_STORAGE = Pattern.compile(
            "^\\d+K bytes of (?:AP Images at ap_images:|Backup Controller Image at backup_image:)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SERIAL = Pattern.compile("^Processor board ID (\\S+)");
    /** Printed only by a lab controller whose APs fetch from another port than 69. */
    private static final Pattern LAB_TFTP_PORT = Pattern.compile("^Lab controller: TFTP client port (\\d{1,5})$");

    private static final String EWC_PREFIX = "C9800-AP";

    public Parsed<VersionInfo> parse(String text) {
        Fields f = new Fields();
        String[] lines = Lines.split(text);
        for (String raw : lines) {
            f.read(raw.strip());
        }
        List<ParseProblem> problems = new ArrayList<>();
        if (f.version == null && f.xeVersion == null) {
            problems.add(new ParseProblem(0, lines.length > 0 ? lines[0] : "", ParseProblem.Reason.TRUNCATED));
        }
        String platform = f.platform != null ? f.platform : f.chassis;
        boolean ewc = startsWithEwc(platform) || startsWithEwc(f.image) || f.ewcStorage;
        return new Parsed<>(
                new VersionInfo(
                        f.hostname,
                        f.version != null ? f.version : f.xeVersion,
                        platform,
                        ewc,
                        f.uptime,
                        f.image,
                        f.chassis,
                        f.serial,
                        f.tftpPort),
                problems);
    }

    /** Whether {@code text} has a line only {@code show version} prints. */
    public static boolean looksLikeVersion(String text) {
        for (String raw : Lines.split(text)) {
            String line = raw.strip();
            if (SOFTWARE.matcher(line).find()
                    || XE_VERSION.matcher(line).find()
                    || AP_SOFTWARE.matcher(line).find()
                    || EWC_STORAGE.matcher(line).find()
                    || line.startsWith("System image file is ")
                    || (UPTIME.matcher(line).find() && !line.startsWith("Uptime for"))) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWithEwc(String s) {
        return s != null && s.toUpperCase(Locale.ROOT).startsWith(EWC_PREFIX);
    }

    /** What the lines said so far. */
    private static final class Fields {
        String hostname;
        String version;
        String xeVersion;
        String platform;
        String image;
        String chassis;
        String uptime;
        String serial;
        int tftpPort = VersionInfo.TFTP_PORT;
        boolean ewcStorage;

        void read(String line) {
            Matcher m;
            if ((m = SOFTWARE.matcher(line)).find()) {
                platform = m.group(1);
                image = m.group(2);
                Matcher v = VERSION_WORD.matcher(m.group(3));
                if (v.find()) {
                    version = v.group(1);
                }
            } else if ((m = XE_VERSION.matcher(line)).find()) {
                xeVersion = m.group(1);
            } else if (uptime == null && (m = UPTIME.matcher(line)).find() && !line.startsWith("Uptime for")) {
                hostname = m.group(1);
                uptime = m.group(2).strip();
            } else if ((m = CHASSIS.matcher(line)).find()) {
                chassis = m.group(1);
            } else if ((m = AP_SOFTWARE.matcher(line)).find() && platform == null) {
                platform = "AP " + m.group(1);
            } else if ((m = AP_RUNNING.matcher(line)).find() && version == null) {
                version = m.group(1);
            } else if (EWC_STORAGE.matcher(line).find()) {
                ewcStorage = true;
            } else if ((m = SERIAL.matcher(line)).find()) {
                serial = m.group(1);
            } else if ((m = LAB_TFTP_PORT.matcher(line)).find()) {
                tftpPort = Integer.parseInt(m.group(1));
            }
        }
    }
}
