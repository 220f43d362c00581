package org.ewcstation.tests.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableColumnBase;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.TableColumnHeader;
import javafx.scene.text.Text;

/**
 * Finds text a user cannot read whole: a label or header whose skin shows fewer characters than it holds (the
 * ellipsis of a cut label). Table and list cells are data, not labels; paths and addresses styled "mono" with the
 * whole text on hover are exempt too. Must run on the FX thread.
 */
final class Clipping {

    private Clipping() {}

    static List<String> clipped(Parent root) {
        root.applyCss();
        root.layout();
        List<String> out = new ArrayList<>();
        walk(root, out);
        return out;
    }

    private static void walk(Node node, List<String> out) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof IndexedCell<?>) {
            return;
        }
        if (node instanceof Labeled l && l.getText() != null && !l.getText().isBlank()) {
            boolean exempt = l.getStyleClass().contains("mono") && l.getTooltip() != null;
            shown(l).filter(t -> !t.equals(l.getText()) && !exempt)
                    .ifPresent(t -> out.add(describe(l) + ": \"" + l.getText() + "\" shown as \"" + t + "\""));
        }
        if (node instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(n -> walk(n, out));
        }
    }

    private static Optional<String> shown(Labeled l) {
        for (Node n : l.getChildrenUnmodifiable()) {
            if (n instanceof Text t && n.getStyleClass().contains("text")) {
                return Optional.ofNullable(t.getText());
            }
        }
        return Optional.empty();
    }

    private static String describe(Labeled l) {
        for (Node n = l; n != null; n = n.getParent()) {
            if (n instanceof TableColumnHeader h && h.getTableColumn() != null) {
                return "header " + h.getTableColumn().getId();
            }
            if (n.getId() != null) {
                return l.getClass().getSimpleName() + " in #" + n.getId();
            }
        }
        return l.getClass().getSimpleName();
    }

    /** The column's header lies within the table's visible width (not scrolled or pushed out of view). */
    static boolean headerInView(TableView<?> table, TableColumnBase<?, ?> column) {
        Bounds t = table.localToScene(table.getLayoutBounds());
        return table.lookupAll(".column-header").stream()
                .filter(n -> n instanceof TableColumnHeader h && h.getTableColumn() == column)
                .map(n -> n.localToScene(n.getLayoutBounds()))
                .anyMatch(b -> b.getWidth() > 20
                        && b.getMinX() >= t.getMinX() - 1
                        && b.getMaxX() <= t.getMaxX() + 1
                        && b.getMaxX() <= table.getScene().getWidth());
    }
}
