package org.ewcstation.services.diagnosis;

import java.time.Instant;
import org.ewcstation.services.repository.ApImageName;

/**
 * A file the controller asked for does not exist. If its folder exists and the name is an AP image type, the
 * path is right and the bundle lacks that type; otherwise the path is wrong, and we name the nearest file that
 * exists.
 */
final class PathRule {

    private final ServedFiles served;
    private final ApRules apRules;

    PathRule(ServedFiles served, ApRules apRules) {
        this.served = served;
        this.apRules = apRules;
    }

    Diagnosis missing(String requested, Instant now) {
        String path = requested.replace('\\', '/');
        String subjectPath = path.replaceAll("^/+", "");
        int slash = path.lastIndexOf('/');
        String dir = slash > 0 ? path.substring(0, slash) : "/";
        String name = path.substring(slash + 1);
        if (ApImageName.matches(name) && slash > 0 && served.isBundleFolder(dir)) {
            return Diagnosis.of(
                    DiagnosisCode.IMAGE_TYPE_MISSING, now, "type:" + name, name, dir, apRules.apsNeeding(name));
        }
        return served.nearest(path)
                .map(n -> Diagnosis.of(DiagnosisCode.WRONG_PATH, now, "path:" + subjectPath, path, n))
                .orElseGet(() -> Diagnosis.of(DiagnosisCode.WRONG_PATH_NO_MATCH, now, "path:" + subjectPath, path));
    }
}
