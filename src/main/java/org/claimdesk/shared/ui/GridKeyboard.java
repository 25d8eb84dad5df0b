package org.claimdesk.shared.ui;

import org.claimdesk.shared.ui.Texts;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;

import java.util.List;
import java.util.function.Consumer;

/**
 * The queue keys on a list of claims: j/k select the next/previous row (and scroll it into view), o or Enter open
 * the selected one. Rows are the grid's list data view as shown (filtered and sorted).
 */
public final class GridKeyboard {

    private GridKeyboard() {
    }

    /** Binds the keys while {@code owner} is attached; {@code open} receives the selected row. */
    public static <T> void bind(Component owner, Grid<T> grid, Consumer<T> open) {
        KeyboardShortcuts.register(owner, "j", Texts.t("shared.GridKeyboard.key-next"), () -> move(grid, 1));
        KeyboardShortcuts.register(owner, "k", Texts.t("shared.GridKeyboard.key-previous"), () -> move(grid, -1));
        Runnable openSelected = () -> grid.getSelectedItems().stream().findFirst().ifPresent(open);
        KeyboardShortcuts.register(owner, "o", Texts.t("shared.GridKeyboard.key-open"), openSelected);
        KeyboardShortcuts.register(owner, "Enter", Texts.t("shared.GridKeyboard.key-open"), openSelected);
    }

    /** The visible hint that keys exist at all. */
    public static Span hint() {
        Span hint = new Span(Texts.t("shared.GridKeyboard.press-for-shortcuts"));
        hint.addClassName("shortcut-hint");
        return hint;
    }

    static <T> void move(Grid<T> grid, int step) {
        List<T> rows = grid.getListDataView().getItems().toList();
        if (rows.isEmpty()) {
            return;
        }
        T selected = grid.getSelectedItems().stream().findFirst().orElse(null);
        int at = selected == null ? -1 : rows.indexOf(selected);
        int next = at < 0 ? (step > 0 ? 0 : rows.size() - 1) : Math.max(0, Math.min(rows.size() - 1, at + step));
        grid.select(rows.get(next));
        grid.scrollToIndex(next);
    }
}
