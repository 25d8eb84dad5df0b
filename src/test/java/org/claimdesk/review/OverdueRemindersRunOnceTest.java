package org.claimdesk.review;

import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.claimdesk.AsUser;
import org.claimdesk.ClaimDeskSpringTest;
import org.claimdesk.TestArticles;
import org.claimdesk.article.ArticleImport;
import org.claimdesk.article.ArticleService;
import org.claimdesk.claim.ClaimDetails;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

import java.sql.Date;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With several nodes, the scheduled reminders run on one at a time: while another node holds the job's lock
 * (a row of the shedlock table), a run here does nothing; once it is free, a run here does the work.
 */
@ClaimDeskSpringTest
class OverdueRemindersRunOnceTest {

    @Autowired
    ArticleService articles;
    @Autowired
    AssignmentService assignments;
    @Autowired
    NotificationService notifications;
    @Autowired
    OverdueReminders reminders;
    @Autowired
    LockProvider locks;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void a_run_while_another_node_holds_the_lock_does_nothing_and_the_next_free_run_does_the_work() {
        AsUser.signIn("checker", "FACT_CHECKER");
        String tag = TestArticles.uniqueTag();
        ClaimDetails c = articles.importArticle(new ArticleImport("Run once " + tag, null, null, null,
                TestArticles.story(tag))).claims().getFirst();
        AsUser.signIn("editor", "EDITOR");
        assignments.assign(c.id(), "checker", LocalDate.now().plusDays(2), Priority.HIGH);
        jdbc.update("update assignment set due_date = ? where claim_id = ?", Date.valueOf(LocalDate.now().minusDays(1)),
                c.id());
        SecurityContextHolder.clearContext();
        // no node holds it now (the shared context's own scheduled run may have taken it within the last minute);
        // freed rather than deleted: the lock provider remembers the row exists and only updates it after that
        jdbc.update("update shedlock set lock_until = timestamp '2000-01-01 00:00:00' where name = 'overdue-reminders'");

        SimpleLock otherNode = locks.lock(new LockConfiguration(Instant.now(), "overdue-reminders",
                Duration.ofMinutes(5), Duration.ZERO)).orElseThrow();
        reminders.onSchedule();
        assertThat(overdueNotices(c.id())).as("the other node is running the job").isZero();

        otherNode.unlock();
        SecurityContextHolder.clearContext();
        reminders.onSchedule();
        assertThat(overdueNotices(c.id())).isEqualTo(1);
        SecurityContextHolder.clearContext();
        assertThat(locks.lock(new LockConfiguration(Instant.now(), "overdue-reminders", Duration.ofMinutes(5),
                Duration.ZERO))).as("held a while after the run, so a node whose schedule fires a moment later skips")
                .isEmpty();
    }

    private long overdueNotices(long claimId) {
        AsUser.signIn("checker", "FACT_CHECKER");
        return notifications.mine().stream()
                .filter(n -> n.kind().equals("OVERDUE") && n.claimId() != null && n.claimId() == claimId).count();
    }
}
