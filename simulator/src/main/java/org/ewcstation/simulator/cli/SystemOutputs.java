package org.ewcstation.simulator.cli;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.ewcstation.simulator.Controller;
import org.ewcstation.simulator.SimulatorSettings;
import org.ewcstation.simulator.network.ImageProfile;
import org.ewcstation.simulator.network.SyslogSender;

/**
 * {@code show version} (EWC flavour: {@code C9800-AP Software (C9800-AP-K9_IOSXE-UNIVERSALK9-M)}, otherwise
 * laid out like the 9800-CL sample), {@code show logging} and {@code show running-config}.
 */
final class SystemOutputs {

    private static final DateTimeFormatter RESTARTED = DateTimeFormatter.ofPattern(
                    "HH:mm:ss 'UTC' EEE MMM d yyyy", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    private final Controller controller;

    SystemOutputs(Controller controller) {
        this.controller = controller;
    }

    String version() {
        String v = controller.iosVersion();
        String[] p = v.split("\\.");
        String padded = p.length == 3 ? p[0] + "." + pad(p[1]) + "." + pad(p[2]) : v;
        String up = ShowOutputs.uptime(Duration.between(controller.bootTime(), Instant.now()));
        return String.join(
                "\n",
                "Cisco IOS XE Software, Version " + padded,
                "Cisco IOS Software [Cupertino], C9800-AP Software (C9800-AP-K9_IOSXE-UNIVERSALK9-M), Version " + v
                        + ", RELEASE SOFTWARE (fc1)",
                "Technical Support: http://www.cisco.com/techsupport",
                "Copyright (c) 1986-2023 by Cisco Systems, Inc.",
                "Compiled Tue 18-Jul-23 22:36 by mcpre",
                "",
                "",
                "Cisco IOS-XE software, Copyright (c) 2005-2023 by cisco Systems, Inc.",
                "All rights reserved.  Certain components of Cisco IOS-XE software are",
                "licensed under the GNU General Public License (\"GPL\") Version 2.0.  The",
                "software code licensed under GPL Version 2.0 is free software that comes",
                "with ABSOLUTELY NO WARRANTY.  You can redistribute and/or modify such",
                "GPL code under the terms of GPL Version 2.0.  For more details, see the",
                "documentation or \"License Notice\" file accompanying the IOS-XE software,",
                "or the applicable URL provided on the flyer accompanying the IOS-XE",
                "software.",
                "",
                "",
                "ROM: IOS-XE ROMMON",
                "",
                controller.settings().hostname() + " uptime is " + up,
                "Uptime for this control processor is " + up,
                "System returned to ROM by reload",
                "System restarted at " + RESTARTED.format(controller.bootTime()),
                "System image file is \"bootflash:C9800-AP-iosxe-wlc.bin\"",
                "Last reload reason: Reload Command",
                "",
                "",
                "",
                "This product contains cryptographic features and is subject to United",
                "States and local country laws governing import, export, transfer and",
                "use. Delivery of Cisco cryptographic products does not imply",
                "third-party authority to import, export, distribute or use encryption.",
                "Importers, exporters, distributors and users are responsible for",
                "compliance with U.S. and local country laws. By using this product you",
                "agree to comply with applicable laws and regulations. If you are unable",
                "to comply with U.S. and local laws, return this product immediately.",
                "",
                "A summary of U.S. laws governing Cisco cryptographic products may be found at:",
                "http://www.cisco.com/wwl/export/crypto/tool/stqrg.html",
                "",
                "If you require further assistance please contact us by sending email to",
                "export@cisco.com.",
                "",
                "AIR License Level: AIR DNA Essentials",
                "Next reload AIR license Level: AIR DNA Essentials",
                "",
                "Smart Licensing Status: Registration Not Applicable/Not Applicable",
                "",
                "cisco " + controller.fleet().host().model().partNumber()
                        + " (ARM64) processor (revision C9120AX) with 1035232K/6147K bytes of memory.",
                "Processor board ID FGL2331L0WX",
                "Router operating mode: Autonomous",
                "1 Virtual Ethernet interface",
                "1 Gigabit Ethernet interface",
                "32768K bytes of non-volatile configuration memory.",
                "2031616K bytes of physical memory.",
                "1638400K bytes of Bootflash at bootflash:.",
                "Installation mode is BUNDLE",
                "",
                "",
                "Configuration register is 0x102",
                // a real EWC always sends TFTP requests to port 69; the lab says where its APs go instead
                controller.settings().tftpPort() == 69
                        ? ""
                        : "Lab controller: TFTP client port "
                                + controller.settings().tftpPort(),
                "");
    }

    private static String pad(String part) {
        return part.length() >= 2 && Character.isDigit(part.charAt(1)) ? part : "0" + part;
    }

    String logging() {
        var log = controller.log();
        List<SyslogSender.Host> hosts = log.syslog().hosts();
        List<String> lines = log.lines();
        long n = log.loggedCount();
        StringBuilder sb = new StringBuilder();
        sb.append("Syslog logging: enabled (0 messages dropped, 0 messages rate-limited, 0 flushes, 0 overruns, "
                + "xml disabled, filtering disabled)\n\nNo Active Message Discriminator.\n\n\n\n"
                + "No Inactive Message Discriminator.\n\n\n");
        sb.append("    Console logging: level debugging, ").append(n).append(" messages logged, xml disabled,\n");
        sb.append("                     filtering disabled\n");
        sb.append("    Monitor logging: level debugging, 0 messages logged, xml disabled,\n");
        sb.append("                     filtering disabled\n");
        sb.append("    Buffer logging:  level debugging, ").append(n).append(" messages logged, xml disabled,\n");
        sb.append("                    filtering disabled\n");
        sb.append("    Exception Logging: size (4096 bytes)\n    Count and timestamp logging messages: disabled\n");
        sb.append("    Persistent logging: disabled\n\nNo active filter modules.\n\n");
        sb.append("    Trap logging: level informational, ").append(n).append(" message lines logged\n");
        for (SyslogSender.Host h : hosts) {
            sb.append("        Logging to ")
                    .append(h.address())
                    .append("  (udp port ")
                    .append(h.port())
                    .append(", audit disabled,\n              link up),\n              ")
                    .append(n)
                    .append(" message lines logged, \n              0 message lines rate-limited, \n")
                    .append("              0 message lines dropped-by-MD, \n")
                    .append("              xml disabled, sequence number disabled\n              filtering disabled\n");
        }
        sb.append("        Logging Source-Interface:       VRF Name:\n    TLS Profiles: \n\n");
        sb.append("Log Buffer (102400 bytes):\n");
        lines.forEach(l -> sb.append(l).append('\n'));
        return sb.toString();
    }

    List<String> runningConfig() {
        SimulatorSettings s = controller.settings();
        List<String> l = new ArrayList<>(List.of(
                "Building configuration...",
                "",
                "Current configuration : 4242 bytes",
                "!",
                "version " + controller.iosVersion().replaceAll("^(\\d+\\.\\d+).*", "$1"),
                "service timestamps debug datetime msec",
                "service timestamps log datetime msec",
                "service password-encryption",
                "!",
                "hostname " + s.hostname(),
                "!",
                "boot-start-marker",
                "boot-end-marker",
                "!",
                "enable secret 9 $9$Ewc.Sim.Lab$ZKNcF3Ly0vqXgpmIgQyXxHHbmjkcrxaa5Fq8VNs4Dn.",
                "!",
                "username " + s.user()
                        + " privilege 1 secret 9 $9$Ewc.Sim.Lab$JYDf7Qj3WGzIyiO5SxjBzxUB.6V3xy1BRyQ9frvcxTQ",
                "!"));
        for (SyslogSender.Host h : controller.log().syslog().hosts()) {
            l.add(
                    h.port() == 514
                            ? "logging host " + h.address()
                            : "logging host " + h.address() + " transport udp port " + h.port());
        }
        l.add("!");
        for (ImageProfile.Snapshot p : controller.profiles()) {
            l.addAll(p.runningConfig());
            l.add("!");
        }
        l.addAll(List.of("line vty 0 15", " login local", " transport input ssh", "!", "end", ""));
        return l;
    }
}
