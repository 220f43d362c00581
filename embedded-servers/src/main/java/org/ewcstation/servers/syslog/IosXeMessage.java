package org.ewcstation.servers.syslog;

/**
 * The IOS-XE message inside a syslog line: {@code 42: *Feb 1 17:05:37.108: %INSTALL-3-OPERATION_ERROR_MESSAGE: text}.
 *
 * @param sequence   the sequence number when {@code service sequence-numbers} is on, else null
 * @param timestamp  the device's timestamp as written (without the leading {@code *} or {@code .}), or null
 * @param clockSynced false when the device marked the time as not synchronised ({@code *}) or uncertain ({@code .})
 * @param facility   {@code INSTALL}, {@code CAPWAPAC_SMGR_TRACE_MESSAGE}, ...
 * @param severity   0 (emergency) to 7 (debug), as in the mnemonic, not the syslog PRI
 * @param mnemonic   {@code OPERATION_ERROR_MESSAGE}, {@code AP_JOIN_DISJOIN}, ...
 * @param text       everything after the mnemonic's colon
 */
public record IosXeMessage(
        String sequence,
        String timestamp,
        boolean clockSynced,
        String facility,
        int severity,
        String mnemonic,
        String text) {

    /** {@code %INSTALL-3-OPERATION_ERROR_MESSAGE}, the key the diagnostics match on. */
    public String code() {
        return "%" + facility + "-" + severity + "-" + mnemonic;
    }
}
