package org.ewcstation.services.ewc.model;

/** {@code show wireless ewc-ap predownload status}: the controller-wide state and its last error. */
public record PredownloadState(String status, String error) {

    /** True when the error line says something other than None. */
    public boolean hasError() {
        return error != null && !error.isBlank() && !error.equalsIgnoreCase("none") && !error.equalsIgnoreCase("n/a");
    }
}
