package org.claimdesk.shared.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.internal.JacksonUtils;
import com.vaadin.flow.internal.nodefeature.ElementListenerMap;

/**
 * Presses a key in a browserless test the way the browser does: the event frontend/scripts/shortcuts.js
 * dispatches on document.body (the UI's element), with the key as its detail, through Flow's DOM listeners.
 */
public final class ShortcutKeys {

    private ShortcutKeys() {
    }

    public static void press(UI ui, String key) {
        var data = JacksonUtils.createObjectNode();
        data.put("event.detail", key);
        ui.getElement().getNode().getFeature(ElementListenerMap.class)
                .fireEvent(new DomEvent(ui.getElement(), KeyboardShortcuts.EVENT, data));
    }
}
