package org.ewcstation.services.ewc.model;

/**
 * Per-AP pre-download progress: {@code percent} 0..100 or null when the controller did not say, {@code eta}
 * as printed (HH:MM:SS or N/A); bytes when the release prints them, else null.
 */
public record ApProgress(String apName, Integer percent, String eta, String status, Long bytesDone, Long bytesTotal) {

    public ApProgress(String apName, Integer percent, String eta, String status) {
        this(apName, percent, eta, status, null, null);
    }
}
