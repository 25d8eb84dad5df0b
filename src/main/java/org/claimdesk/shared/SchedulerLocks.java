package org.claimdesk.shared;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;

/**
 * Scheduled jobs run on one node at a time: a job annotated {@code @SchedulerLock} takes a row of the
 * {@code shedlock} table (V17) before it runs, and a node that finds it taken skips that run. The lock's times
 * come from the database's clock, so nodes with skewed clocks agree. Each job names its own lockAtMostFor
 * (longer than a run can take: a node that dies holding it frees it then) and lockAtLeastFor (so a node whose
 * schedule fires a moment later does not run it again at once).
 */
@Configuration(proxyBeanMethods = false)
@EnableSchedulerLock(defaultLockAtMostFor = "PT10M")
class SchedulerLocks {

    @Bean
    LockProvider lockProvider(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .withTableName("shedlock")
                .usingDbTime()
                .build());
    }
}
