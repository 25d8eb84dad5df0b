package org.claimdesk.generate;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Starts the application for a command ({@code generate}, {@code bench}) with the same configuration, profiles
 * and database as the server (arguments of the form {@code --key=value} go to Spring), but no HTTP port, quiet
 * logs, and on PostgreSQL batched inserts rewritten into multi-row statements.
 * <p>
 * Why not {@code WebApplicationType.NONE}: about forty beans of the application (controllers, error handling,
 * the security filter chain, Vaadin's configuration) need a servlet web context and fail to start without one.
 * {@code server.port=-1} keeps the servlet context but opens no connector: nothing listens, nothing can sign in.
 */
final class CommandLine {

    private CommandLine() {
    }

    /** The arguments Spring reads ({@code --spring.profiles.active=postgres}, ...). */
    static String[] springArgs(String[] args) {
        List<String> out = new ArrayList<>();
        for (String a : args) {
            if (a.startsWith("--") && a.contains("=")) {
                out.add(a);
            }
        }
        return out.toArray(String[]::new);
    }

    static ConfigurableApplicationContext start(Class<?> application, String[] args, Map<String, Object> extra) {
        Map<String, Object> defaults = new HashMap<>(Map.of(
                "spring.main.banner-mode", "off",
                // the jar is built for production; from target/classes (an IDE, exec:java) there is no dev server either
                "vaadin.productionMode", "true",
                "logging.level.root", "WARN",
                "logging.level.org.flywaydb", "INFO"));
        defaults.putAll(extra);
        // a lambda listener loses its event type and hears every event: check it here
        ApplicationListener<ApplicationEvent> batchRewrite = e -> {
            if (!(e instanceof ApplicationEnvironmentPreparedEvent event)) {
                return;
            }
            // first, above application.yml's server.port: ${PORT:8080} (a default property would lose to it)
            event.getEnvironment().getPropertySources().addFirst(new MapPropertySource("claimdesk-command-port",
                    Map.of("server.port", "-1")));
            String url = event.getEnvironment().getProperty("spring.datasource.url", "");
            if (url.startsWith("jdbc:postgresql:")) {
                // one multi-row insert per batch instead of one statement per row (pgjdbc's own option)
                event.getEnvironment().getPropertySources().addLast(new MapPropertySource("claimdesk-command",
                        Map.of("spring.datasource.hikari.data-source-properties.reWriteBatchedInserts", "true")));
            }
        };
        return new SpringApplicationBuilder(application)
                .properties(defaults)
                .listeners(batchRewrite)
                .run(springArgs(args));
    }

    static int intOption(String[] args, String name, int fallback) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals(name) && i + 1 < args.length) {
                return Integer.parseInt(args[i + 1].replace("_", "").replace(",", ""));
            }
            if (args[i].startsWith(name + "=")) {
                return Integer.parseInt(args[i].substring(name.length() + 1).replace("_", "").replace(",", ""));
            }
        }
        return fallback;
    }

    static String option(String[] args, String name, String fallback) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals(name) && i + 1 < args.length) {
                return args[i + 1];
            }
        }
        return fallback;
    }

    static boolean flag(String[] args, String name) {
        return List.of(args).contains(name);
    }
}
