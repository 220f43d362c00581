package org.ewcstation.services.repository;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One file of a bundle as the repository lists it. {@code imageType} is set for AP images; {@code models} are
 * the product families that image serves (empty for an AP image our table does not know).
 */
public record BundleFile(
        String name, Kind kind, long size, String sha256, Optional<String> imageType, List<String> models) {

    public BundleFile {
        models = List.copyOf(models);
    }

    /** What a file in a bundle is for. */
    public enum Kind {
        AP_IMAGE,
        /** Looks like an AP image ({@code apNgN}) but our table does not know its models. */
        AP_IMAGE_UNKNOWN_TYPE,
        CONTROLLER_IMAGE,
        VERSION_INFO,
        CONTROLLER_VERSION_INFO,
        README,
        UNKNOWN;

        /** {@code AP_IMAGE_UNKNOWN_TYPE} → {@code repository.file.kind.apImageUnknownType}. */
        public String key() {
            String[] words = name().toLowerCase(Locale.ROOT).split("_");
            StringBuilder sb = new StringBuilder(words[0]);
            for (int i = 1; i < words.length; i++) {
                sb.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
            }
            return "repository.file.kind." + sb;
        }
    }
}
