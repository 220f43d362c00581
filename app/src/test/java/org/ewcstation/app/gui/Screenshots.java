package org.ewcstation.app.gui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;

/** Saves what a scene shows as a PNG under target/screenshots/, for people to look at. */
final class Screenshots {

    static final Path DIR = Path.of("target", "screenshots");

    private Screenshots() {}

    /** Must run on the FX thread. */
    static Path save(Scene scene, String name) throws IOException {
        Files.createDirectories(DIR);
        WritableImage image = scene.snapshot(null);
        Path file = DIR.resolve(name + ".png");
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile());
        return file;
    }
}
