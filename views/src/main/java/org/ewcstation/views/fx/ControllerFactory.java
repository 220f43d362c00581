package org.ewcstation.views.fx;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The one controller factory every FXMLLoader uses: controllers get their dependencies by constructor
 * from the composition root; an FXML file naming an unregistered controller is an error, not a silent
 * reflective instantiation.
 */
public final class ControllerFactory {

    private final Map<Class<?>, Supplier<?>> suppliers = new HashMap<>();

    public <T> ControllerFactory register(Class<T> type, Supplier<? extends T> supplier) {
        suppliers.put(type, supplier);
        return this;
    }

    public Object create(Class<?> type) {
        Supplier<?> s = suppliers.get(type);
        if (s == null) {
            throw new IllegalStateException(
                    "No controller registered for " + type.getName() + "; register it in the composition root");
        }
        return s.get();
    }
}
