package org.ewcstation.services.preflight;

/**
 * What the preflight found on the technician's own image server.
 *
 * @param ok the server answered and served (TFTP: the first blocks of {@code file}; SFTP: login and the path)
 * @param failure when not ok, a code: {@code unknownHost}, {@code refused}, {@code timeout}, {@code auth},
 *     {@code notFound}, {@code denied}, {@code error}
 * @param file the file (TFTP) or path (SFTP) asked for, as that server sees it
 * @param bytes bytes read before stopping (TFTP), else 0
 */
public record ExistingServerCheck(boolean ok, String failure, String file, long bytes) {

    public static final String UNKNOWN_HOST = "unknownHost";
    public static final String REFUSED = "refused";
    public static final String TIMEOUT = "timeout";
    public static final String AUTH = "auth";
    public static final String NOT_FOUND = "notFound";
    public static final String DENIED = "denied";
    public static final String ERROR = "error";

    static ExistingServerCheck failed(String code, String file) {
        return new ExistingServerCheck(false, code, file, 0);
    }
}
