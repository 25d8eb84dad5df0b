package org.claimdesk.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Single-key shortcuts of the page on screen. frontend/scripts/shortcuts.js (loaded by the main layout) turns a
 * key pressed outside any field into a {@value #EVENT} event on the UI's element; this class keeps, per UI, which
 * component offers which key while it is attached, runs the matching action and lists them for the help overlay
 * ({@code ?}). Keys agreed for the whole app: j/k next/previous, o or Enter open, s add source, v set verdict,
 * a approve, q back to my queue.
 */
public final class KeyboardShortcuts {

    /** The DOM event the script dispatches on document.body, its {@code detail} the key (event.key). */
    public static final String EVENT = "claimdesk-shortcut";

    /** A key and what it does, as the help overlay lists it. */
    public record Shortcut(String key, String description) {
    }

    private KeyboardShortcuts() {
    }

    /**
     * Offers {@code key} (as the browser's event.key names it: "j", "?", "Enter") while {@code owner} is
     * attached; {@code action} runs in the UI's session. When two attached components offer one key, the one
     * registered last wins (a page's own key over the layout's). The registration removes the offer.
     */
    public static Registration register(Component owner, String key, String description, Runnable action) {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(action, "action");
        if (key == null || key.isEmpty() || description == null || description.isBlank()) {
            throw new IllegalArgumentException("a shortcut needs a key and a description");
        }
        Entry entry = new Entry(key, description, action);
        List<Registration> hooks = new ArrayList<>();
        owner.getUI().ifPresent(ui -> registry(ui).add(entry));
        hooks.add(owner.addAttachListener(e -> registry(e.getUI()).add(entry)));
        hooks.add(owner.addDetachListener(e -> registry(e.getUI()).remove(entry)));
        return () -> {
            hooks.forEach(Registration::remove);
            owner.getUI().ifPresent(ui -> registry(ui).remove(entry));
        };
    }

    /** What the current page of {@code ui} offers, one line per key (the winning one), in registration order. */
    public static List<Shortcut> current(UI ui) {
        Map<String, Entry> byKey = new LinkedHashMap<>();
        for (Entry e : registry(ui).entries) {
            byKey.remove(e.key);
            byKey.put(e.key, e);
        }
        return byKey.values().stream().map(e -> new Shortcut(e.key, e.description)).toList();
    }

    /** Runs what {@code key} does on the current page of {@code ui}; false when nothing offers it. */
    public static boolean press(UI ui, String key) {
        List<Entry> entries = registry(ui).entries;
        for (int i = entries.size() - 1; i >= 0; i--) {
            if (entries.get(i).key.equals(key)) {
                entries.get(i).action.run();
                return true;
            }
        }
        return false;
    }

    /** The UI's registry, made (with the one listener for the script's event) on first use. */
    private static Registry registry(UI ui) {
        Registry registry = ComponentUtil.getData(ui, Registry.class);
        if (registry == null) {
            registry = new Registry();
            ComponentUtil.setData(ui, Registry.class, registry);
            ui.getElement().addEventListener(EVENT, e -> {
                var detail = e.getEventData().get("event.detail");
                if (detail != null && detail.isString()) {
                    press(ui, detail.asString());
                }
            }).addEventData("event.detail");
        }
        return registry;
    }

    private record Entry(String key, String description, Runnable action) {
        // identity, not value: two components may offer the same key with the same words
        @Override
        public boolean equals(Object o) {
            return this == o;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(this);
        }
    }

    private static final class Registry {
        final List<Entry> entries = new ArrayList<>();

        void add(Entry e) {
            if (!entries.contains(e)) {
                entries.add(e);
            }
        }

        void remove(Entry e) {
            entries.remove(e);
        }
    }
}
