package org.ewcstation.services.repository;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which AP image type (ap1g4, ap3g3, ...) serves which AP model. The table is a resource file so it can be
 * corrected without touching code; a model that matches no row has no image type (we never guess: a wrong
 * guess would send an AP an image it cannot boot).
 */
public final class ApImageCatalog {

    static final String RESOURCE = "ap-image-types.tsv";

    /** One row of the table. */
    public record Row(String imageType, Pattern model, String families, String confidence) {}

    private final List<Row> rows;

    public ApImageCatalog(List<Row> rows) {
        this.rows = List.copyOf(rows);
    }

    /** The table shipped with the app. */
    public static ApImageCatalog builtIn() {
        try (InputStream in = ApImageCatalog.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ApImageCatalog parse(InputStream in) throws IOException {
        List<Row> rows = new ArrayList<>();
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line = r.readLine(); line != null; line = r.readLine()) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] c = line.split("\t");
            if (c.length < 3) {
                throw new IllegalArgumentException("bad catalog line: " + line);
            }
            rows.add(new Row(
                    c[0].trim(),
                    Pattern.compile(c[1].trim(), Pattern.CASE_INSENSITIVE),
                    c[2].trim(),
                    c.length > 3 ? c[3].trim() : "U"));
        }
        return new ApImageCatalog(rows);
    }

    /** The image type an AP of {@code model} needs, or empty when the model is not in the table. */
    public Optional<String> imageTypeOf(String model) {
        if (model == null || model.isBlank()) {
            return Optional.empty();
        }
        String m = model.trim();
        return rows.stream()
                .filter(r -> r.model().matcher(m).matches())
                .map(Row::imageType)
                .findFirst();
    }

    /** Every image type the table knows, in table order. */
    public Set<String> imageTypes() {
        Set<String> types = new LinkedHashSet<>();
        rows.forEach(r -> types.add(r.imageType()));
        return types;
    }

    /** The product families an image type serves, e.g. ap3g3 → [Aironet 2800, 3800, 4800, 1560, IW6300, ESW6300]. */
    public List<String> familiesOf(String imageType) {
        Map<String, Boolean> out = new LinkedHashMap<>();
        rows.stream().filter(r -> r.imageType().equals(imageType)).forEach(r -> out.put(r.families(), true));
        return List.copyOf(out.keySet());
    }
}
