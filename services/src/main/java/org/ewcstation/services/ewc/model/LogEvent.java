package org.ewcstation.services.ewc.model;

/**
 * What a log line means for an image download, when it means something: kind, the AP or URL it is
 * about, and the controller's error words.
 */
public record LogEvent(Kind kind, String apName, String url, String error) {

    public enum Kind {
        INSTALL_STARTED,
        INSTALL_COMPLETED,
        INSTALL_FAILED,
        AP_IMAGE_DOWNLOAD_SUCCESS,
        AP_IMAGE_DOWNLOAD_FAILED,
        AP_JOINED,
        AP_DISJOINED,
        OTHER
    }

    public static final LogEvent OTHER = new LogEvent(Kind.OTHER, null, null, null);
}
