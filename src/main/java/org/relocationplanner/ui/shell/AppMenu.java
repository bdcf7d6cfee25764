package org.relocationplanner.ui.shell;

import java.util.Map;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import org.relocationplanner.ui.common.I18n;

/**
 * The window's menu: every main action with its shortcut beside it. The shortcuts work from any screen; an action
 * of another screen first goes to that screen.
 */
public final class AppMenu {

    /** The actions, by the message key of their menu item. */
    public enum Action {
        IMPORT_TRIPS("menu.file.import_trips", "Shortcut+I"),
        EXPORT_TRIPS("menu.file.export_trips", "Shortcut+E"),
        EXPORT_CALENDAR("menu.file.export_calendar", "Shortcut+Shift+E"),
        IMPORT_RATES("menu.file.import_rates", null),
        BACKUP("menu.file.backup", "Shortcut+B"),
        LOCK("menu.file.lock", "Shortcut+L"),
        QUIT("menu.file.quit", "Shortcut+Q"),
        UNDO("menu.edit.undo", "Shortcut+Z"),
        NEW_TRIP("menu.trips.new", "Shortcut+N"),
        ADD_PASSPORT("menu.trips.passport", null),
        ADD_VISA("menu.trips.visa", null),
        ADD_PERMIT("menu.trips.permit", null),
        ADD_INCOME("menu.budget.income", null),
        ADD_EXPENSE("menu.budget.expense", null),
        ADD_OWN_RATE("menu.budget.own_rate", null),
        SWITCH_THEME("menu.view.theme", "Shortcut+Shift+T"),
        GUIDE("menu.help.guide", "F1"),
        SHORTCUTS("menu.help.shortcuts", null),
        ABOUT("menu.help.about", null);

        final String key;
        final String shortcut;

        Action(String key, String shortcut) {
            this.key = key;
            this.shortcut = shortcut;
        }

        public String shortcut() {
            return shortcut;
        }
    }

    private AppMenu() {
    }

    /** The menu bar; {@code actions} are run as the user picks them (absent ones are left out). */
    public static MenuBar build(I18n i18n, MainViewModel vm, Map<Action, Runnable> actions) {
        Menu file = menu(i18n, "menu.file", actions, Action.IMPORT_TRIPS, Action.EXPORT_TRIPS, Action.EXPORT_CALENDAR,
                null, Action.IMPORT_RATES, null, Action.BACKUP, Action.LOCK, null, Action.QUIT);
        Menu edit = menu(i18n, "menu.edit", actions, Action.UNDO);
        Menu trips = menu(i18n, "menu.trips", actions, Action.NEW_TRIP, null, Action.ADD_PASSPORT, Action.ADD_VISA,
                Action.ADD_PERMIT);
        Menu budget = menu(i18n, "menu.budget", actions, Action.ADD_INCOME, Action.ADD_EXPENSE, null,
                Action.ADD_OWN_RATE);
        Menu view = new Menu(i18n.tr("menu.view"));
        view.setId("menu-view");
        Screen[] screens = {Screen.COMPARE, Screen.TIMELINE, Screen.BUDGET, Screen.RATES, Screen.SETTINGS};
        for (int i = 0; i < screens.length; i++) {
            Screen s = screens[i];
            MenuItem item = new MenuItem(i18n.tr(s.messageKey()));
            item.setId("menu-go-" + s.name().toLowerCase(java.util.Locale.ROOT));
            item.setAccelerator(KeyCombination.keyCombination("Shortcut+" + (i + 1)));
            item.setOnAction(e -> vm.screenProperty().set(s));
            view.getItems().add(item);
        }
        view.getItems().add(new SeparatorMenuItem());
        add(view, i18n, actions, Action.SWITCH_THEME);
        Menu help = menu(i18n, "menu.help", actions, Action.GUIDE, Action.SHORTCUTS, null, Action.ABOUT);
        MenuBar bar = new MenuBar(file, edit, trips, budget, view, help);
        bar.setId("menuBar");
        bar.setUseSystemMenuBar(true); // macOS: the menu goes to the top of the screen
        return bar;
    }

    private static Menu menu(I18n i18n, String key, Map<Action, Runnable> actions, Action... items) {
        Menu m = new Menu(i18n.tr(key));
        m.setId("menu-" + key.substring("menu.".length()));
        for (Action a : items) {
            if (a == null) {
                m.getItems().add(new SeparatorMenuItem());
            } else {
                add(m, i18n, actions, a);
            }
        }
        return m;
    }

    private static void add(Menu m, I18n i18n, Map<Action, Runnable> actions, Action a) {
        Runnable run = actions.get(a);
        if (run == null) {
            return;
        }
        MenuItem item = new MenuItem(i18n.tr(a.key));
        item.setId("menu-" + a.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        if (a.shortcut != null) {
            item.setAccelerator(KeyCombination.keyCombination(a.shortcut));
        }
        item.setOnAction(e -> run.run());
        m.getItems().add(item);
    }
}
