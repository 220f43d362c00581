package org.ewcstation.servers.event;

/** The file-transfer protocols our embedded servers speak. */
public enum Protocol {
    TFTP,
    SFTP
}
