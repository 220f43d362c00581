package org.ewcstation.services.diagnosis;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.ewcstation.services.repository.ApImageCatalog;

/** Rules over the polled AP states: failed, retries rising, stuck in one state, image type missing or unknown. */
final class ApRules {

    /** States that are an end, not a wait: being in one for an hour is normal. */
    private static final Pattern RESTING = Pattern.compile("(?i).*(complete|none|n/a|not supported|fail|success).*");

    private static final Pattern FAILED = Pattern.compile("(?i).*fail.*");

    private final DiagnosticsSettings settings;
    private final ApImageCatalog catalog;
    private final Map<String, Seen> aps = new LinkedHashMap<>();

    ApRules(DiagnosticsSettings settings, ApImageCatalog catalog) {
        this.settings = settings;
        this.catalog = catalog;
    }

    List<Diagnosis> snapshots(List<ApObservation> snapshots, Instant now) {
        List<Diagnosis> out = new ArrayList<>();
        Map<String, List<String>> missingByType = new TreeMap<>();
        for (ApObservation s : snapshots) {
            String status = s.status() == null ? "" : s.status().strip();
            Seen before = aps.get(s.name());
            Instant since = before != null && before.status().equals(status) ? before.since() : now;
            aps.put(s.name(), new Seen(s.model(), status, since, s.retryCount()));
            if (FAILED.matcher(status).matches()) {
                out.add(Diagnosis.of(
                        DiagnosisCode.AP_DOWNLOAD_FAILED, now, "ap:" + s.name() + ":" + status, s.name(), status));
            }
            int previous = before == null ? 0 : before.retries();
            if (s.retryCount() > previous) {
                out.add(Diagnosis.of(
                        DiagnosisCode.RETRIES_RISING,
                        now,
                        "retries:" + s.name() + ":" + s.retryCount(),
                        s.name(),
                        s.retryCount()));
            }
            Optional<String> type = catalog.imageTypeOf(s.model());
            if (type.isEmpty()) {
                out.add(Diagnosis.of(
                        DiagnosisCode.IMAGE_TYPE_UNKNOWN,
                        now,
                        "unknown:" + s.name(),
                        s.name(),
                        s.model() == null ? "" : s.model()));
            } else if (!settings.bundleImageTypes().isEmpty()
                    && !settings.bundleImageTypes().contains(type.get())) {
                missingByType
                        .computeIfAbsent(type.get(), k -> new ArrayList<>())
                        .add(s.name());
            }
        }
        missingByType.forEach((type, names) -> out.add(Diagnosis.of(
                DiagnosisCode.IMAGE_TYPE_MISSING,
                now,
                "type:" + type,
                type,
                settings.bundlePath(),
                String.join(", ", names))));
        return out;
    }

    List<Diagnosis> stuck(Instant now) {
        List<Diagnosis> out = new ArrayList<>();
        aps.forEach((name, seen) -> {
            Duration in = Duration.between(seen.since(), now);
            if (!seen.status().isEmpty()
                    && !RESTING.matcher(seen.status()).matches()
                    && in.compareTo(settings.stuckAfter()) >= 0) {
                out.add(Diagnosis.of(
                        DiagnosisCode.AP_STUCK,
                        now,
                        "stuck:" + name + ":" + seen.status() + ":" + seen.since(),
                        name,
                        seen.status(),
                        in.toMinutes()));
            }
        });
        return out;
    }

    /** The APs (from the latest poll) whose model needs {@code imageType}, comma separated. */
    String apsNeeding(String imageType) {
        List<String> names = new ArrayList<>();
        aps.forEach((name, seen) -> {
            if (catalog.imageTypeOf(seen.model()).filter(imageType::equals).isPresent()) {
                names.add(name);
            }
        });
        return String.join(", ", names);
    }

    private record Seen(String model, String status, Instant since, int retries) {}
}
