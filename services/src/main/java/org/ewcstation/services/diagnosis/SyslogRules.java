package org.ewcstation.services.diagnosis;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ewcstation.servers.event.Protocol;
import org.ewcstation.servers.syslog.IosXeMessage;

/** What the controller's own log lines mean (shapes from the seed's troubleshooting section). */
final class SyslogRules {

    private static final Pattern DOWNLOAD_FAILED = Pattern.compile("Failed to download file (\\S+): (.+)$");
    private static final Pattern AP_NAME = Pattern.compile("AP Name: (\\S+)");

    private SyslogRules() {}

    static List<Diagnosis> apply(IosXeMessage m, Instant now, PathRule pathRule, DiagnosticsSettings settings) {
        Matcher f = DOWNLOAD_FAILED.matcher(m.text());
        if (f.find()) {
            String url = f.group(1);
            String reason = f.group(2).strip();
            String lower = reason.toLowerCase(Locale.ROOT);
            if (lower.contains("no such file")) {
                return List.of(pathRule.missing(pathOf(url), now));
            }
            if (lower.contains("timed out") || lower.contains("timeout")) {
                Protocol p = url.toLowerCase(Locale.ROOT).startsWith("sftp") ? Protocol.SFTP : Protocol.TFTP;
                int port = p == settings.mode() ? settings.port() : p == Protocol.TFTP ? 69 : 22;
                return List.of(
                        Diagnosis.of(DiagnosisCode.DOWNLOAD_TIMED_OUT, now, "timeout:" + url, url, p.name(), port));
            }
            return List.of(
                    Diagnosis.of(DiagnosisCode.DOWNLOAD_FAILED, now, "failed:" + url + ":" + reason, url, reason));
        }
        if (m.text().contains("AP Image Download Failed")) {
            Matcher n = AP_NAME.matcher(m.text());
            String ap = n.find() ? n.group(1) : "";
            // the seed's line names no AP: one diagnosis per log line, told apart by its timestamp
            return List.of(Diagnosis.of(
                    DiagnosisCode.AP_DOWNLOAD_FAILED,
                    now,
                    "syslog:" + ap + ":" + m.timestamp(),
                    ap,
                    "AP Image Download Failed"));
        }
        return List.of();
    }

    /**
     * An AP's own log line (not IOS-XE shaped) when the AP also logs to us: the seed's AP says
     * {@code Going to restart CAPWAP (reason : image download cannot start)}.
     */
    static Optional<Diagnosis> apLine(String raw, Instant now) {
        if (raw == null || !raw.contains("image download cannot start")) {
            return Optional.empty();
        }
        return Optional.of(Diagnosis.of(
                DiagnosisCode.AP_DOWNLOAD_FAILED, now, "aplog:" + raw.strip(), "", "image download cannot start"));
    }

    /** The path part of {@code tftp://host/p} or {@code sftp://*****@host/p}; SFTP paths are relative to the home. */
    static String pathOf(String url) {
        try {
            URI u = URI.create(url.replace("*****@", "user@"));
            String p = u.getRawPath() == null ? "" : URLDecoder.decode(u.getRawPath(), StandardCharsets.UTF_8);
            return "sftp".equalsIgnoreCase(u.getScheme()) ? p.replaceAll("^/+", "") : p;
        } catch (IllegalArgumentException e) {
            int slash = url.indexOf('/', url.indexOf("//") + 2);
            return slash > 0 ? url.substring(slash) : url;
        }
    }
}
