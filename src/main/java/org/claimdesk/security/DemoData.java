package org.claimdesk.security;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.util.Locale;

/**
 * Whether this installation gets the demo accounts and demo articles. {@code claimdesk.demo-data} is
 * {@code embedded} by default: only with the embedded H2 database, so a jar pointed at a real database
 * without the postgres or prod profile still creates no admin/admin. {@code true} or {@code false} force it.
 */
@Component
public class DemoData {

    private final boolean enabled;

    DemoData(@Value("${claimdesk.demo-data:embedded}") String setting,
             @Value("${spring.datasource.url:}") String datasourceUrl) {
        this.enabled = switch (setting.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> datasourceUrl.startsWith("jdbc:h2:");
        };
    }

    public boolean enabled() {
        return enabled;
    }
}
