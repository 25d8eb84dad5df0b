package org.claimdesk.shared.ui;

import org.claimdesk.shared.ui.Texts;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Paragraph;

/**
 * The help overlay of {@code ?}: the current page's shortcuts and what they do. A dialog, so Esc closes it and
 * focus returns to where it was.
 */
public final class ShortcutHelp extends Dialog {

    final DescriptionList list = new DescriptionList();

    private ShortcutHelp(UI ui) {
        setHeaderTitle(Texts.t("shared.ShortcutHelp.title"));
        setId("shortcut-help");
        list.addClassName("shortcut-list");
        for (KeyboardShortcuts.Shortcut s : KeyboardShortcuts.current(ui)) {
            // text only: descriptions are ours, but nothing here is rendered as HTML anyway
            list.add(new DescriptionList.Term(s.key()), new DescriptionList.Description(s.description()));
        }
        add(new Paragraph(Texts.t("shared.ShortcutHelp.keys-work-when-no-field-has")), list);
        Button close = new Button(Texts.t("shared.ShortcutHelp.close"), e -> close());
        close.setId("shortcut-help-close");
        getFooter().add(close);
        setCloseOnEsc(true);
    }

    /** Opens the overlay for what {@code ui}'s current page offers, unless it is open already. */
    public static void open(UI ui) {
        boolean open = ui.getChildren().anyMatch(c -> c instanceof ShortcutHelp h && h.isOpened());
        if (!open) {
            new ShortcutHelp(ui).open();
        }
    }
}
