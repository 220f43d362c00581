package org.ewcstation.services.servers;

/** The three embedded servers. */
public enum ServerKind {
    TFTP("TFTP"),
    SFTP("SFTP"),
    SYSLOG("Syslog");

    private final String label;

    ServerKind(String label) {
        this.label = label;
    }

    /** The protocol's name as written in both languages. */
    public String label() {
        return label;
    }
}
