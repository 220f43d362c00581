package org.ewcstation.simulator.cli;

import java.util.Map;

/** The help line {@code ?} prints beside each word, in IOS wording. */
final class HelpTexts {

    private static final Map<String, String> HELP = Map.ofEntries(
            Map.entry("enable", "Turn on privileged commands"),
            Map.entry("disable", "Turn off privileged commands"),
            Map.entry("exit", "Exit from the EXEC"),
            Map.entry("logout", "Exit from the EXEC"),
            Map.entry("end", "Exit from configure mode"),
            Map.entry("do", "To run exec commands in config mode"),
            Map.entry("terminal", "Set terminal line parameters"),
            Map.entry("length", "Set number of lines on a screen"),
            Map.entry("width", "Set width of the display terminal"),
            Map.entry("configure", "Enter configuration mode"),
            Map.entry("show", "Show running system information"),
            Map.entry("version", "System hardware and software status"),
            Map.entry("clock", "Display the system clock"),
            Map.entry("ap", "Cisco access point"),
            Map.entry("summary", "Summary of all connected Cisco APs"),
            Map.entry("image", "AP image"),
            Map.entry("wireless", "Wireless"),
            Map.entry("ewc-ap", "Embedded Wireless Controller on AP"),
            Map.entry("predownload", "Predownload the AP image"),
            Map.entry("status", "Predownload status"),
            Map.entry("abort", "Abort the predownload"),
            Map.entry("swap", "Swap the AP image with the predownloaded image"),
            Map.entry("reset", "Reset the APs to boot the new image"),
            Map.entry("install", "install commands"),
            Map.entry("add", "Install the images of an image-download profile"),
            Map.entry("default", "The default image-download profile"),
            Map.entry("activate", "Activate the added images (reloads the controller and its APs)"),
            Map.entry("commit", "Commit the activated images"),
            Map.entry("logging", "Modify message logging facilities"),
            Map.entry("host", "Set syslog server IP address and parameters"),
            Map.entry("transport", "Specify the transport protocol (default=UDP)"),
            Map.entry("udp", "UDP based syslog server"),
            Map.entry("port", "Specify the UDP port of the syslog server"),
            Map.entry("running-config", "Current operating configuration"),
            Map.entry("copy", "Copy from one file to another"),
            Map.entry("startup-config", "Copy to startup configuration"),
            Map.entry("ping", "Send echo messages"),
            Map.entry("clear", "Reset functions"),
            Map.entry("write", "Write running configuration to memory, network, or terminal"),
            Map.entry("memory", "Write to NV memory"),
            Map.entry("reload", "Halt and perform a cold restart"),
            Map.entry("no", "Negate a command or set its defaults"),
            Map.entry("profile", "Configure wireless profiles"),
            Map.entry("image-download", "Configure image download profile"),
            Map.entry("image-download-mode", "Image download mode"),
            Map.entry("tftp", "TFTP image download mode"),
            Map.entry("sftp", "SFTP image download mode"),
            Map.entry("tftp-image-server", "TFTP server IP address"),
            Map.entry("tftp-image-path", "TFTP server image path"),
            Map.entry("sftp-image-server", "SFTP server IP address"),
            Map.entry("sftp-image-path", "SFTP server image path"),
            Map.entry("sftp-image-port", "SFTP server port"),
            Map.entry("sftp-username", "SFTP username"),
            Map.entry("sftp-password", "SFTP password"),
            Map.entry("0", "Specifies an UNENCRYPTED password will follow"),
            Map.entry("7", "Specifies a HIDDEN password will follow"),
            Map.entry("WORD", "Word"),
            Map.entry("LINE", "Exec Command"),
            Map.entry("A.B.C.D", "IP address"),
            Map.entry("<0-512>", "Number of lines on screen (0 for no pausing)"),
            Map.entry("<1-65535>", "Port number"));

    private HelpTexts() {}

    static String of(String token) {
        return HELP.getOrDefault(token, token);
    }
}
