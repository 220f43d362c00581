package org.ewcstation.simulator.network;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the simulator expects the image server to hold: the unzipped AP bundle ({@code ap1g5, ap3g3, ...,
 * version.info}). Sizes and SHA-256 are computed once, streaming.
 */
public final class BundleCatalog {

    private static final Pattern VERSION = Pattern.compile("\\b(\\d+\\.\\d+\\.\\d+\\.\\d+)\\b");

    private final Path dir;
    private final Map<String, Optional<FetchedImage>> cache = new ConcurrentHashMap<>();

    /** {@code dir} may be null: nothing is known, downloads are accepted as they come. */
    public BundleCatalog(Path dir) {
        this.dir = dir;
    }

    public boolean known() {
        return dir != null;
    }

    /** The bundle's image of that type, or empty when there is no bundle or no such file. */
    public Optional<FetchedImage> image(String type) {
        if (dir == null) {
            return Optional.empty();
        }
        return cache.computeIfAbsent(type, t -> {
            Path f = dir.resolve(t);
            return Files.isRegularFile(f) ? Optional.of(hash(f)) : Optional.empty();
        });
    }

    /** The AP image version of the bundle ({@code version.info}), if it states one. */
    public Optional<String> version() {
        if (dir == null || !Files.isRegularFile(dir.resolve("version.info"))) {
            return Optional.empty();
        }
        try {
            Matcher m = VERSION.matcher(Files.readString(dir.resolve("version.info")));
            return m.find() ? Optional.of(m.group(1)) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    static FetchedImage hash(Path f) {
        try (InputStream in = new DigestInputStream(Files.newInputStream(f), MessageDigest.getInstance("SHA-256"))) {
            long n = in.transferTo(OutputStream.nullOutputStream());
            return new FetchedImage(
                    f,
                    n,
                    HexFormat.of()
                            .formatHex(
                                    ((DigestInputStream) in).getMessageDigest().digest()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
