package org.claimdesk.live;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

import javax.sql.DataSource;
import java.sql.SQLException;
import java.time.Clock;

/**
 * Which broadcaster this node uses: with PostgreSQL, the one that reaches the other nodes through LISTEN/NOTIFY;
 * with the embedded H2 database (one process owns it, so one node), the in-process one.
 * {@code claimdesk.live.broadcaster} = {@code auto} (the default: by the datasource URL), {@code postgres} or
 * {@code in-process}.
 */
@Configuration(proxyBeanMethods = false)
class LiveConfiguration {

    @Bean
    @Conditional(OnPostgres.class)
    PostgresBroadcaster postgresBroadcaster(DataSource dataSource, Environment env, Clock clock) throws SQLException {
        return new PostgresBroadcaster(dataSource, listenerAccount(dataSource, env), clock);
    }

    @Bean
    @Conditional(NotOnPostgres.class)
    InProcessBroadcaster inProcessBroadcaster() {
        return new InProcessBroadcaster();
    }

    /** The pool's own URL and account, for the one listening connection opened beside the pool. */
    private static PostgresBroadcaster.Listen listenerAccount(DataSource dataSource, Environment env) throws SQLException {
        if (dataSource.isWrapperFor(HikariDataSource.class)) {
            HikariDataSource hikari = dataSource.unwrap(HikariDataSource.class);
            return new PostgresBroadcaster.Listen(hikari.getJdbcUrl(), hikari.getUsername(), hikari.getPassword());
        }
        return new PostgresBroadcaster.Listen(env.getRequiredProperty("spring.datasource.url"),
                env.getProperty("spring.datasource.username"), env.getProperty("spring.datasource.password"));
    }

    static boolean postgres(Environment env) {
        String choice = env.getProperty("claimdesk.live.broadcaster", "auto");
        return switch (choice) {
            case "postgres" -> true;
            case "in-process" -> false;
            default -> env.getProperty("spring.datasource.url", "").startsWith("jdbc:postgresql:");
        };
    }

    static class OnPostgres implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return postgres(context.getEnvironment());
        }
    }

    static class NotOnPostgres implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !postgres(context.getEnvironment());
        }
    }
}
