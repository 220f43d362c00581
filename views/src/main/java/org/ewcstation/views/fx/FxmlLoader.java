package org.ewcstation.views.fx;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ListResourceBundle;
import java.util.ResourceBundle;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

/**
 * Loads an FXML file that sits beside its controller and is named after it, with the one controller
 * factory and the current language's texts for {@code %key} references.
 */
public final class FxmlLoader {

    private final ControllerFactory factory;
    private final Localization loc;

    public FxmlLoader(ControllerFactory factory, Localization loc) {
        this.factory = factory;
        this.loc = loc;
    }

    /** Loads {@code <ControllerName>.fxml} and returns the root with its controller. */
    public <C> Loaded<C> load(Class<C> controller) {
        URL url = controller.getResource(controller.getSimpleName() + ".fxml");
        if (url == null) {
            throw new IllegalStateException(
                    "Missing " + controller.getSimpleName() + ".fxml beside " + controller.getName());
        }
        FXMLLoader loader = new FXMLLoader(url, bundle());
        loader.setControllerFactory(factory::create);
        try {
            Parent root = loader.load();
            return new Loaded<>(root, controller.cast(loader.getController()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ResourceBundle bundle() {
        var messages = loc.messages();
        return new ListResourceBundle() {
            @Override
            protected Object[][] getContents() {
                return messages.keys().stream()
                        .map(k -> new Object[] {k, messages.text(k)})
                        .toArray(Object[][]::new);
            }
        };
    }

    /** A loaded view and its controller. */
    public record Loaded<C>(Parent root, C controller) {}
}
