package org.claimdesk.base;

import com.vaadin.flow.i18n.DefaultI18NProvider;
import com.vaadin.flow.i18n.I18NProvider;
import org.claimdesk.shared.ui.Texts;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Every text a screen shows comes from src/main/resources/vaadin-i18n/translations*.properties through Vaadin's
 * I18NProvider (English only for now; another language is another file and a locale here).
 * TranslationKeysTest keeps the bundle and the code in step.
 */
@Configuration
class TranslationsConfig {

    @Bean
    I18NProvider i18nProvider() {
        return new DefaultI18NProvider(Texts.LOCALES);
    }
}
