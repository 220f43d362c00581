package org.ewcstation.services.repository;

import java.util.regex.Pattern;

/**
 * The one rule for an AP image file's name in a bundle ({@code ap1g4}, {@code ap1g6a}, {@code ap3g3}): the
 * repository, the path diagnosis and the bundle lists all ask here, so a new image family is added once.
 */
public final class ApImageName {

    private static final Pattern NAME = Pattern.compile("ap\\d+g\\d+[a-z]?");

    private ApImageName() {}

    public static boolean matches(String fileName) {
        return fileName != null && NAME.matcher(fileName).matches();
    }
}
