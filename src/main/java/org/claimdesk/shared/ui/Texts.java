package org.claimdesk.shared.ui;

import com.vaadin.flow.i18n.DefaultI18NProvider;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.server.VaadinService;

import java.util.List;
import java.util.Locale;

/**
 * Looks up a screen's text by key through Vaadin's I18NProvider, for code that is not a component (a component
 * calls {@code getTranslation} itself). Parameters are formatted with {@link java.text.MessageFormat}, so a
 * message that takes parameters writes an apostrophe twice ({@code ''}).
 */
public final class Texts {

    /** The languages the bundle is written in. */
    public static final List<Locale> LOCALES = List.of(Locale.ENGLISH);

    /** For code that runs outside a Vaadin service (a plain unit test, a background thread with no UI). */
    private static final I18NProvider STANDALONE = new DefaultI18NProvider(LOCALES);

    private Texts() {
    }

    /** The text for the key, in the UI's locale (English outside a UI). */
    public static String t(String key, Object... params) {
        VaadinService service = VaadinService.getCurrent();
        I18NProvider provider = service == null ? null : service.getInstantiator().getI18NProvider();
        if (provider == null) {
            return STANDALONE.getTranslation(key, LOCALES.getFirst(), params);
        }
        return I18NProvider.translate(key, params);
    }

    /** A value's label: the key is {@code enum.<EnumClass>.<CONSTANT>}, e.g. enum.ClaimStatus.IN_REVIEW. */
    public static String label(Enum<?> value) {
        return t(enumKey(value));
    }

    public static String enumKey(Enum<?> value) {
        return "enum." + value.getDeclaringClass().getSimpleName() + "." + value.name();
    }
}
