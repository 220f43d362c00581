package org.ewcstation.services.ewc.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ewcstation.services.ewc.model.VersionInfo;

/**
 * {@code show version}: hostname and uptime from {@code <host> uptime is ...}, version and platform from
 * {@code Cisco IOS Software [...], <PLATFORM> Software (<IMAGE>), Version <v>}. An EWC prints
 * {@code C9800-AP Software}; a 9800-CL {@code C9800-CL Software}.
 */
public final class ShowVersionParser {

    private static final Pattern SOFTWARE =
            Pattern.compile("^Cisco IOS Software.*?,\\s*(\\S+) Software \\(([^)]*)\\),\\s*Version ([^,\\s]+)");
    private static final Pattern XE_VERSION = Pattern.compile("^Cisco IOS XE Software, Version (\\S+)");
    private static final Pattern UPTIME = Pattern.compile("^(\\S+) uptime is (.+)$");
    private static final Pattern CHASSIS = Pattern.compile("^cisco (\\S+) \\(.*\\) processor");
    private static final Pattern AP_SOFTWARE = Pattern.compile("^Cisco AP Software, \\((\\S+)\\)");
    private static final Pattern SERIAL = Pattern.compile("^Processor board ID (\\S+)");
    /** Printed only by a lab controller whose APs fetch from another port than 69. */
    private static final Pattern LAB_TFTP_PORT = Pattern.compile("^Lab controller: TFTP client port (\\d{1,5})$");

    public Parsed<VersionInfo> parse(String text) {
        String hostname = null;
        String version = null;
        String xeVersion = null;
        String platform = null;
        String image = null;
        String chassis = null;
        String uptime = null;
        String serial = null;
        int tftpPort = VersionInfo.TFTP_PORT;
        String[] lines = Lines.split(text);
        for (String raw : lines) {
            String line = raw.strip();
            Matcher m;
            if ((m = SOFTWARE.matcher(line)).find()) {
                platform = m.group(1);
                image = m.group(2);
                version = m.group(3);
            } else if ((m = XE_VERSION.matcher(line)).find()) {
                xeVersion = m.group(1);
            } else if (uptime == null && (m = UPTIME.matcher(line)).find() && !line.startsWith("Uptime for")) {
                hostname = m.group(1);
                uptime = m.group(2).strip();
            } else if ((m = CHASSIS.matcher(line)).find()) {
                chassis = m.group(1);
            } else if ((m = AP_SOFTWARE.matcher(line)).find() && platform == null) {
                platform = "AP " + m.group(1);
            } else if ((m = SERIAL.matcher(line)).find()) {
                serial = m.group(1);
            } else if ((m = LAB_TFTP_PORT.matcher(line)).find()) {
                tftpPort = Integer.parseInt(m.group(1));
            }
        }
        List<ParseProblem> problems = new ArrayList<>();
        if (version == null && xeVersion == null) {
            problems.add(new ParseProblem(0, lines.length > 0 ? lines[0] : "", ParseProblem.Reason.TRUNCATED));
        }
        String model = chassis;
        if (platform == null) {
            platform = chassis;
        }
        boolean ewc = (platform != null && platform.toUpperCase().startsWith("C9800-AP"))
                || (image != null && image.toUpperCase().startsWith("C9800-AP"));
        return new Parsed<>(
                new VersionInfo(
                        hostname,
                        version != null ? version : xeVersion,
                        platform,
                        ewc,
                        uptime,
                        model,
                        serial,
                        tftpPort),
                problems);
    }
}
