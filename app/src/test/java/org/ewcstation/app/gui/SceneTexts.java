package org.ewcstation.app.gui;

import java.util.IdentityHashMap;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumnBase;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import org.controlsfx.control.StatusBar;

/** Collects every text a user can see or reach in a scene, keyed by the object that shows it. */
final class SceneTexts {

    private SceneTexts() {}

    static Map<Object, String> collect(Scene scene) {
        Map<Object, String> out = new IdentityHashMap<>();
        walk(scene.getRoot(), out);
        return out;
    }

    private static void walk(Node node, Map<Object, String> out) {
        // Data (paths, addresses, accounts) is styled "mono" and is not a label to translate.
        if (node instanceof Labeled l && !l.getStyleClass().contains("mono")) {
            put(out, l, l.getText());
        }
        if (node instanceof TextInputControl t) {
            put(out, t, t.getPromptText());
        }
        if (node instanceof Control c
                && c.getTooltip() != null
                && !c.getStyleClass().contains("mono")) {
            Tooltip tip = c.getTooltip();
            put(out, tip, tip.getText());
        }
        if (node instanceof StatusBar s) {
            put(out, s, s.getText());
            s.getRightItems().forEach(n -> walk(n, out));
            s.getLeftItems().forEach(n -> walk(n, out));
        }
        if (node instanceof TableView<?> table) {
            table.getColumns().forEach(c -> column(c, out));
            if (table.getPlaceholder() != null) {
                walk(table.getPlaceholder(), out);
            }
        }
        if (node instanceof ListView<?> list && list.getPlaceholder() != null) {
            walk(list.getPlaceholder(), out);
        }
        if (node instanceof TabPane tabs) {
            tabs.getTabs().forEach(t -> {
                put(out, t, t.getText());
                if (t.getContent() != null) {
                    walk(t.getContent(), out);
                }
            });
        }
        if (node instanceof MenuBar bar) {
            bar.getMenus().forEach(m -> menu(m, out));
        }
        if (node instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(n -> walk(n, out));
        }
    }

    private static void column(TableColumnBase<?, ?> c, Map<Object, String> out) {
        put(out, c, c.getText());
        c.getColumns().forEach(child -> column(child, out));
    }

    private static void menu(MenuItem item, Map<Object, String> out) {
        put(out, item, item.getText());
        if (item instanceof Menu m) {
            m.getItems().forEach(i -> menu(i, out));
        }
    }

    private static void put(Map<Object, String> out, Object owner, String text) {
        if (text != null && !text.isBlank()) {
            out.put(owner, text);
        }
    }
}
