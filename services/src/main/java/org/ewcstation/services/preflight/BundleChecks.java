package org.ewcstation.services.preflight;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.ewcstation.services.preflight.PreflightInput.Ap;
import org.ewcstation.services.repository.ApImageCatalog;
import org.ewcstation.services.repository.BundleFile;
import org.ewcstation.services.repository.BundleInspector;
import org.ewcstation.services.repository.BundleIssue;
import org.ewcstation.services.repository.BundleManifest;
import org.ewcstation.services.repository.Versions;
import org.ewcstation.services.repository.Versions.Comparison;

/** Does the folder the profile names hold what the joined APs need, in a version they do not run yet? */
final class BundleChecks {

    private BundleChecks() {}

    static void run(PreflightInput in, ApImageCatalog catalog, List<CheckResult> out) {
        String path = in.profile().path();
        Optional<BundleManifest> bundle = in.bundle();
        if (bundle.isEmpty()) {
            out.add(CheckResult.red(
                    PreflightCheck.PROFILE_PATH,
                    "missing",
                    String.valueOf(path),
                    String.join(", ", in.knownBundlePaths())));
            return;
        }
        BundleManifest m = bundle.get();
        if (!m.isBundle()) {
            out.add(CheckResult.red(
                    PreflightCheck.PROFILE_PATH, "notABundle", path, String.join(", ", in.knownBundlePaths())));
            return;
        }
        Optional<BundleIssue> blocking =
                m.issues().stream().filter(BundleIssue::blocking).findFirst();
        if (blocking.isPresent()) {
            out.add(CheckResult.red(
                    PreflightCheck.PROFILE_PATH,
                    "unusable",
                    path,
                    blocking.get().file()));
        } else {
            out.add(CheckResult.green(
                    PreflightCheck.PROFILE_PATH, "ok", path, m.version().orElse("?")));
        }
        out.add(imageTypes(in.aps(), m, catalog));
        out.add(versions(in.aps(), m));
        out.add(controllerImage(m));
    }

    private static CheckResult imageTypes(List<Ap> aps, BundleManifest m, ApImageCatalog catalog) {
        PreflightCheck c = PreflightCheck.IMAGE_TYPES;
        if (aps.isEmpty()) {
            return CheckResult.warning(c, "noAps");
        }
        Map<String, List<String>> missing = new TreeMap<>();
        List<String> unknown = new ArrayList<>();
        TreeSet<String> needed = new TreeSet<>();
        for (Ap ap : aps) {
            Optional<String> type = catalog.imageTypeOf(ap.model());
            if (type.isEmpty()) {
                unknown.add(ap.name() + " (" + ap.model() + ")");
            } else {
                needed.add(type.get());
                if (!m.imageTypes().contains(type.get())) {
                    missing.computeIfAbsent(type.get(), k -> new ArrayList<>()).add(ap.name());
                }
            }
        }
        if (!missing.isEmpty()) {
            List<String> names = missing.values().stream().flatMap(List::stream).toList();
            return CheckResult.red(c, "missing", String.join(", ", missing.keySet()), String.join(", ", names));
        }
        if (!unknown.isEmpty()) {
            return CheckResult.warning(c, "unknownModels", String.join(", ", unknown));
        }
        return CheckResult.green(c, "ok", String.join(", ", needed), aps.size());
    }

    private static CheckResult versions(List<Ap> aps, BundleManifest m) {
        PreflightCheck c = PreflightCheck.AP_VERSIONS;
        if (m.version().isEmpty()) {
            return CheckResult.warning(c, "noVersion");
        }
        String target = m.version().get();
        List<String> current = new ArrayList<>();
        List<String> unsure = new ArrayList<>();
        TreeSet<String> from = new TreeSet<>();
        for (Ap ap : aps) {
            Comparison cmp = Versions.compare(ap.primaryVersion(), target);
            if (cmp == Comparison.SAME) {
                current.add(ap.name());
            } else if (cmp == Comparison.UNKNOWN) {
                unsure.add(ap.name() + " (" + ap.primaryVersion() + ")");
            } else {
                from.add(ap.primaryVersion());
            }
        }
        if (!aps.isEmpty() && current.size() == aps.size()) {
            return CheckResult.warning(c, "allCurrent", target);
        }
        if (!current.isEmpty()) {
            return CheckResult.warning(c, "someCurrent", target, String.join(", ", current));
        }
        if (!unsure.isEmpty()) {
            return CheckResult.warning(c, "cannotCompare", target, String.join(", ", unsure));
        }
        return CheckResult.green(c, "ok", String.join(", ", from), target, aps.size());
    }

    private static CheckResult controllerImage(BundleManifest m) {
        PreflightCheck c = PreflightCheck.CONTROLLER_IMAGE;
        Optional<BundleFile> image = m.file(BundleInspector.CONTROLLER_IMAGE);
        if (image.isEmpty() || image.get().size() == 0) {
            return CheckResult.red(c, "missing", BundleInspector.CONTROLLER_IMAGE);
        }
        if (m.version().isEmpty() || m.controllerVersion().isEmpty()) {
            return CheckResult.warning(c, "noVersion", BundleInspector.CONTROLLER_VERSION_INFO);
        }
        if (Versions.apImageOfRelease(m.version().get(), m.controllerVersion().get())) {
            // the bundle's two version files name a controller release and the AP image version built for it
            return CheckResult.green(
                    c, "pair", m.controllerVersion().get(), m.version().get());
        }
        return switch (Versions.compare(m.version().get(), m.controllerVersion().get())) {
            case SAME -> CheckResult.green(c, "ok", m.controllerVersion().get());
            case DIFFERENT ->
                CheckResult.red(
                        c, "differs", m.controllerVersion().get(), m.version().get());
            case UNKNOWN ->
                CheckResult.warning(
                        c,
                        "cannotCompare",
                        m.controllerVersion().get(),
                        m.version().get());
        };
    }
}
