package org.claimdesk.security;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.util.Locale;

/**
 * Whether the API accepts HTTP Basic with a password ({@code claimdesk.api.basic-auth}). {@code embedded} (the
 * default) means: only with the embedded H2 database, the demo set-up, where {@code curl -u checker:checker} is
 * the quickest start; the postgres and prod profiles set it to false, so that scripts use API tokens and no
 * API request pays a bcrypt check. {@code true} or {@code false} force it.
 */
@Component
class BasicAuthSetting {

    private final boolean enabled;

    BasicAuthSetting(@Value("${claimdesk.api.basic-auth:embedded}") String setting,
                     @Value("${spring.datasource.url:}") String datasourceUrl) {
        this.enabled = decide(setting, datasourceUrl);
    }

    static boolean decide(String setting, String datasourceUrl) {
        return switch (setting.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> datasourceUrl.startsWith("jdbc:h2:");
        };
    }

    boolean enabled() {
        return enabled;
    }
}
