package org.claimdesk.review;

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
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** An assignee hears once that their claim is overdue; a new assignee or due date is told again. */
@ClaimDeskSpringTest
class OverdueRemindersTest {

    @Autowired
    ArticleService articles;
    @Autowired
    AssignmentService assignments;
    @Autowired
    NotificationService notifications;
    @Autowired
    OverdueReminders reminders;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private List<ClaimDetails> politicsClaims() {
        AsUser.signIn("checker", "FACT_CHECKER");
        String tag = TestArticles.uniqueTag();
        return articles.importArticle(new ArticleImport("Overdue " + tag, null, null, null, TestArticles.story(tag)))
                .claims().stream().sorted(Comparator.comparingInt(ClaimDetails::start)).toList();
    }

    /** Moves the due date into the past, as time passing would (the service refuses past dates). */
    private void dueDaysAgo(long claimId, int days) {
        jdbc.update("update assignment set due_date = ? where claim_id = ?", Date.valueOf(LocalDate.now().minusDays(days)),
                claimId);
    }

    private long overdueNotices(String user, String role, long claimId) {
        AsUser.signIn(user, role);
        return notifications.mine().stream()
                .filter(n -> n.kind().equals("OVERDUE") && n.claimId() != null && n.claimId() == claimId).count();
    }

    @Test
    void an_overdue_assignment_is_told_to_its_assignee_once_however_often_the_job_runs() {
        ClaimDetails c = politicsClaims().getFirst();
        AsUser.signIn("editor", "EDITOR");
        assignments.assign(c.id(), "checker", LocalDate.now().plusDays(2), Priority.HIGH);
        SecurityContextHolder.clearContext(); // the job runs with nobody signed in

        reminders.remind();
        assertThat(overdueNotices("checker", "FACT_CHECKER", c.id())).as("not overdue yet").isZero();

        dueDaysAgo(c.id(), 1);
        SecurityContextHolder.clearContext();
        reminders.remind();
        reminders.remind();
        assertThat(overdueNotices("checker", "FACT_CHECKER", c.id())).isEqualTo(1);
        AsUser.signIn("checker", "FACT_CHECKER");
        assertThat(notifications.mine()).filteredOn(n -> n.kind().equals("OVERDUE") && n.claimId() == c.id())
                .first().satisfies(n -> assertThat(n.text()).contains("overdue").contains("#" + c.id()));
    }

    @Test
    void a_new_assignee_of_an_overdue_claim_is_told_again_and_the_old_one_is_not() {
        ClaimDetails c = politicsClaims().getFirst();
        AsUser.signIn("editor", "EDITOR");
        assignments.assign(c.id(), "checker", LocalDate.now().plusDays(2), Priority.NORMAL);
        dueDaysAgo(c.id(), 3);
        SecurityContextHolder.clearContext();
        reminders.remind();

        AsUser.signIn("editor", "EDITOR");
        assignments.assign(c.id(), "checker2", LocalDate.now(), Priority.NORMAL);
        dueDaysAgo(c.id(), 1);
        SecurityContextHolder.clearContext();
        reminders.remind();

        assertThat(overdueNotices("checker", "FACT_CHECKER", c.id())).isEqualTo(1);
        assertThat(overdueNotices("checker2", "FACT_CHECKER", c.id())).isEqualTo(1);
    }

    @Test
    void an_assignment_without_a_due_date_or_due_today_is_not_overdue() {
        List<ClaimDetails> cs = politicsClaims();
        AsUser.signIn("editor", "EDITOR");
        assignments.assign(cs.get(0).id(), "checker", null, Priority.NORMAL);
        assignments.assign(cs.get(1).id(), "checker", LocalDate.now(), Priority.NORMAL);
        SecurityContextHolder.clearContext();
        reminders.remind();

        assertThat(overdueNotices("checker", "FACT_CHECKER", cs.get(0).id())).isZero();
        assertThat(overdueNotices("checker", "FACT_CHECKER", cs.get(1).id())).isZero();
    }
}
