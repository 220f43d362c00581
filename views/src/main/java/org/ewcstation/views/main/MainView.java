package org.ewcstation.views.main;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.ewcstation.i18n.Language;
import org.ewcstation.views.aptable.ApDetailPane;
import org.ewcstation.views.aptable.ApTableView;
import org.ewcstation.views.eventlog.EventLogView;
import org.ewcstation.views.ewc.ControllerItem;
import org.ewcstation.views.ewc.ControllersView;
import org.ewcstation.views.fx.Dialogs;
import org.ewcstation.views.fx.Localization;
import org.ewcstation.views.fx.Styles;
import org.ewcstation.views.history.HistoryView;
import org.ewcstation.views.power.KeepAwakeStatus;
import org.ewcstation.views.servers.ServerStatusBar;
import org.ewcstation.views.servers.ServersView;
import org.ewcstation.views.transfers.TransfersView;
import org.ewcstation.views.upgrade.UpgradeBar;
import org.ewcstation.views.upgrade.UpgradeStatus;

/**
 * The main window's layout: menu; controllers on the left; the AP table in the centre; the transfer log
 * below; the server status strip at the bottom.
 */
public final class MainView {

    private final MainViewModel model;
    private final Localization loc;
    private final Dialogs dialogs;
    private final Actions actions;

    /** What the window's menus and buttons open; the window that owns the dialogs provides them. */
    public record Actions(
            Runnable quit,
            Runnable about,
            Runnable exportReport,
            Runnable discover,
            Runnable addController,
            Runnable capture,
            Consumer<ControllerItem> editController,
            Consumer<ControllerItem> controllerCommands,
            Runnable settings) {}

    public MainView(MainViewModel model, Dialogs dialogs, Actions actions) {
        this.model = model;
        this.loc = model.localization();
        this.dialogs = dialogs;
        this.actions = actions;
    }

    public Parent build() {
        ApTableView apView = new ApTableView(model.apTable(), loc, dialogs);
        Parent apTable = apView.build();
        model.columns().attach(apView.table(), "apTable");
        VBox top = new VBox(new UpgradeBar(model.upgrade(), loc).build(), withDetail(apTable));
        VBox.setVgrow(top.getChildren().get(1), Priority.ALWAYS);
        SplitPane centre = new SplitPane(top, bottomTabs());
        centre.setOrientation(Orientation.VERTICAL);
        centre.setId("centreSplit");
        SplitPane left = new SplitPane(
                new ControllersView(
                                model.controllers(),
                                loc,
                                dialogs,
                                actions.addController(),
                                actions.discover(),
                                actions.editController(),
                                actions.controllerCommands())
                        .build(),
                new ServersView(model.servers(), loc, dialogs, this::selectedControllerAddress, model.importer())
                        .build());
        left.setOrientation(Orientation.VERTICAL);
        left.setDividerPositions(0.35);
        SplitPane main = new SplitPane(left, centre);
        main.setId("mainSplit");
        SplitPane.setResizableWithParent(main.getItems().get(0), false);
        main.setDividerPositions(model.horizontalSplitProperty().get());
        centre.setDividerPositions(model.verticalSplitProperty().get());
        main.getDividers().get(0).positionProperty().bindBidirectional(model.horizontalSplitProperty());
        centre.getDividers().get(0).positionProperty().bindBidirectional(model.verticalSplitProperty());

        BorderPane root = new BorderPane(main);
        root.setTop(menuBar());
        root.setBottom(new ServerStatusBar(model.servers(), loc)
                .build(
                        new UpgradeStatus(model.upgrade(), loc).build(),
                        new KeepAwakeStatus(model.power(), loc).build()));
        keepFocusOutOfTheFilter(root, apView.table());
        root.getStyleClass().add("main-window");
        Styles.apply(root);
        return root;
    }

    /** The AP table, and beside it the selected AP's detail pane while an AP is selected. */
    private Node withDetail(Parent apTable) {
        Node detail = new ApDetailPane(model.apTable(), model.eventLog(), model.transfers(), loc).build();
        SplitPane split = new SplitPane(apTable);
        split.setId("apSplit");
        model.apTable().selectedProperty().subscribe(ap -> {
            boolean open = split.getItems().contains(detail);
            if (ap != null && !open) {
                split.getItems().add(detail);
                split.setDividerPositions(0.72);
                SplitPane.setResizableWithParent(detail, false);
            } else if (ap == null && open) {
                split.getItems().remove(detail);
            }
        });
        return split;
    }

    /**
     * When the focused button disables itself (Save, Download while they run), JavaFX moves focus to the next
     * control, the AP filter, where the next keystroke would land as filter text: the table takes it instead.
     */
    private static void keepFocusOutOfTheFilter(Parent root, Node table) {
        root.sceneProperty().subscribe(scene -> {
            if (scene != null) {
                scene.focusOwnerProperty().addListener((obs, old, now) -> {
                    if (now != null && "apFilter".equals(now.getId()) && old != null && old.isDisabled()) {
                        table.requestFocus();
                    }
                });
            }
        });
    }

    private InetAddress selectedControllerAddress() {
        var c = model.controllers().selectedProperty().get();
        if (c == null) {
            return null;
        }
        try {
            // Only literal addresses: resolving a host name here would block the FX thread.
            return c.address().matches("[0-9.]+|.*:.*") ? InetAddress.getByName(c.address()) : null;
        } catch (UnknownHostException e) {
            return null;
        }
    }

    private TabPane bottomTabs() {
        Parent logNode = new EventLogView(model.eventLog(), loc, dialogs).build();
        model.columns().attach((TableView<?>) logNode.lookup("#logTable"), "logTable");
        Tab log = new Tab(null, logNode);
        log.setId("logTab");
        log.textProperty().bind(loc.text("log.title"));
        // the other tabs are built when first opened: fewer nodes to style and lay out before the first frame
        Tab transfers = lazyTab("transfersTab", "transfers.title", () -> {
            Parent node = new TransfersView(model.transfers(), loc).build();
            model.columns().attach((TableView<?>) node, "transfersTable");
            return node;
        });
        Tab history = lazyTab("historyTab", "history.title", () -> new HistoryView(model.history(), loc).build());
        history.setOnSelectionChanged(e -> {
            if (history.isSelected()) {
                model.history().refresh();
            }
        });
        TabPane tabs = new TabPane(log, transfers, history);
        tabs.setId("bottomTabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        return tabs;
    }

    private Tab lazyTab(String id, String titleKey, Supplier<Parent> content) {
        Tab tab = new Tab();
        tab.setId(id);
        tab.textProperty().bind(loc.text(titleKey));
        tab.selectedProperty().subscribe(selected -> {
            if (selected && tab.getContent() == null) {
                tab.setContent(content.get());
            }
        });
        return tab;
    }

    private MenuBar menuBar() {
        MenuItem quit = item("menu.file.quit", onQuitAction());
        quit.setAccelerator(KeyCombination.keyCombination("Shortcut+Q"));
        MenuItem report = item("menu.file.exportReport", actions.exportReport());
        report.setAccelerator(KeyCombination.keyCombination("Shortcut+R"));
        MenuItem discover = item("menu.file.discover", actions.discover());
        MenuItem capture = item("menu.file.capture", actions.capture());
        MenuItem settings = item("menu.file.settings", actions.settings());
        settings.setAccelerator(KeyCombination.keyCombination("Shortcut+Comma"));
        Menu file = menu("menu.file", discover, report, capture, settings, new SeparatorMenuItem(), quit);
        // Activate and Abort are always reachable here: the workflow, not the button, decides and says why not
        MenuItem activate = item("menu.upgrade.activate", () -> model.upgrade().activate());
        activate.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+A"));
        MenuItem abort = item("menu.upgrade.abort", () -> model.upgrade().abort());
        Menu upgrade = menu("menu.upgrade", activate, abort);

        Menu language = menu("menu.language");
        ToggleGroup group = new ToggleGroup();
        for (Language l : Language.values()) {
            RadioMenuItem item = new RadioMenuItem(l.nativeName());
            item.setId("language-" + l.tag());
            item.setToggleGroup(group);
            item.setSelected(l == model.languageProperty().get());
            item.setOnAction(e -> model.languageProperty().set(l));
            language.getItems().add(item);
        }
        model.languageProperty()
                .addListener((obs, old, now) -> group.getToggles()
                        .forEach(t -> ((RadioMenuItem) t)
                                .setSelected(((RadioMenuItem) t).getId().equals("language-" + now.tag()))));
        // A top-level menu, not a submenu: whoever cannot read the current language finds it at once.
        Menu help = menu("menu.help", item("menu.help.about", actions.about()));
        MenuBar bar = new MenuBar(file, upgrade, language, help);
        bar.setId("menuBar");
        return bar;
    }

    private Runnable onQuitAction() {
        return actions.quit();
    }

    private Menu menu(String key, MenuItem... items) {
        Menu m = new Menu();
        m.textProperty().bind(loc.text(key));
        m.setId(key);
        m.getItems().addAll(items);
        return m;
    }

    private MenuItem item(String key, Runnable action) {
        MenuItem i = new MenuItem();
        i.textProperty().bind(loc.text(key));
        i.setId(key);
        i.setOnAction(e -> action.run());
        return i;
    }
}
