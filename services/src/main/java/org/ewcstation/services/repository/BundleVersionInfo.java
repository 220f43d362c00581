package org.ewcstation.services.repository;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The contents of a bundle's {@code version.info} or {@code controller_version.info}.
 *
 * <p>Assumption (the format is not published): the file is either a bare version string such as
 * {@code 17.9.4.27} or lines of {@code key=value} / {@code key: value}. The version is the value of the first
 * key among {@link #VERSION_KEYS}, else the first version-looking token anywhere in the file. Every other
 * key is kept as it was so the UI can show it.
 */
public record BundleVersionInfo(Optional<String> version, Map<String, String> fields) {

    static final List<String> VERSION_KEYS =
            List.of("version", "image_version", "ap_version", "controller_version", "wlc_version", "release", "image");
    private static final Pattern VERSION = Pattern.compile("\\b\\d{1,2}(?:\\.\\d{1,3}){1,3}[a-z]?\\b");
    private static final Pattern KEY_VALUE = Pattern.compile("^\\s*([A-Za-z0-9_.\\- ]+?)\\s*[=:]\\s*(.*?)\\s*$");

    public BundleVersionInfo {
        fields = Map.copyOf(fields);
    }

    public static BundleVersionInfo parse(String text) {
        Map<String, String> fields = new LinkedHashMap<>();
        String cleaned = text.replace("\uFEFF", "");
        for (String line : cleaned.split("\\R")) {
            if (line.isBlank() || line.stripLeading().startsWith("#")) {
                continue;
            }
            Matcher kv = KEY_VALUE.matcher(line);
            if (kv.matches()) {
                fields.putIfAbsent(kv.group(1).trim().toLowerCase(Locale.ROOT), kv.group(2));
            }
        }
        for (String key : VERSION_KEYS) {
            String v = fields.get(key);
            if (v != null) {
                Matcher m = VERSION.matcher(v);
                if (m.find()) {
                    return new BundleVersionInfo(Optional.of(m.group()), fields);
                }
            }
        }
        Matcher m = VERSION.matcher(cleaned);
        return new BundleVersionInfo(m.find() ? Optional.of(m.group()) : Optional.empty(), fields);
    }
}
