package org.claimdesk.review;

import org.claimdesk.AsUser;
import org.claimdesk.ClaimDeskSpringTest;
import org.claimdesk.TestArticles;
import org.claimdesk.article.ArticleImport;
import org.claimdesk.article.ArticleService;
import org.claimdesk.audit.AuditService;
import org.claimdesk.audit.HistoryEntry;
import org.claimdesk.claim.ClaimDetails;
import org.claimdesk.shared.InputRejectedException;
import org.claimdesk.shared.NotFoundException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** Editors assign claims to members of the article's team; everyone takes work and walks their queue. */
@ClaimDeskSpringTest
class AssignmentsTest {

    @Autowired
    ArticleService articles;
    @Autowired
    AssignmentService assignments;
    @Autowired
    AuditService audit;
    @Autowired
    NotificationService notifications;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    /** The claims of a new Politics-desk article, in text order. */
    private List<ClaimDetails> politicsClaims() {
        AsUser.signIn("checker", "FACT_CHECKER");
        String tag = TestArticles.uniqueTag();
        return articles.importArticle(new ArticleImport("Assign " + tag, null, null, null, TestArticles.story(tag)))
                .claims().stream().sorted(Comparator.comparingInt(ClaimDetails::start)).toList();
    }

    @Test
    void an_editor_assigns_a_claim_to_a_team_member_who_is_told_and_the_history_keeps_it() {
        ClaimDetails c = politicsClaims().getFirst();
        AsUser.signIn("editor", "EDITOR");
        LocalDate due = LocalDate.now().plusDays(3);
        AssignmentDetails a = assignments.assign(c.id(), "checker2", due, Priority.HIGH);

        assertThat(a.assignee()).isEqualTo("checker2");
        assertThat(assignments.of(c.id())).hasValueSatisfying(x -> assertThat(x.dueDate()).isEqualTo(due));
        assertThat(audit.history("CLAIM", c.id())).extracting(HistoryEntry::action).contains("ASSIGNED");
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            AsUser.signIn("checker2", "FACT_CHECKER");
            return notifications.mine().stream().anyMatch(n -> n.kind().equals("ASSIGNED") && n.claimId() == c.id());
        });
    }

    @Test
    void assigning_outside_the_team_or_to_nobody_or_in_the_past_is_refused_with_a_reason() {
        ClaimDetails c = politicsClaims().getFirst();
        AsUser.signIn("editor", "EDITOR");
        assertThatThrownBy(() -> assignments.assign(c.id(), "metro", null, Priority.NORMAL))
                .isInstanceOf(InputRejectedException.class).hasMessageContaining("not a member of this article's team");
        assertThatThrownBy(() -> assignments.assign(c.id(), "no-such-user", null, Priority.NORMAL))
                .isInstanceOf(InputRejectedException.class);
        assertThatThrownBy(() -> assignments.assign(c.id(), " ", null, Priority.NORMAL))
                .isInstanceOf(InputRejectedException.class).hasMessageContaining("Say who");
        assertThatThrownBy(() -> assignments.assign(c.id(), "checker", LocalDate.now().minusDays(1), Priority.NORMAL))
                .isInstanceOf(InputRejectedException.class).hasMessageContaining("past");
        assertThat(assignments.of(c.id())).isEmpty();
    }

    @Test
    void a_fact_checker_takes_a_claim_but_does_not_assign_others_and_another_team_cannot_see_it() {
        ClaimDetails c = politicsClaims().getFirst();
        AsUser.signIn("checker2", "FACT_CHECKER");
        assertThatThrownBy(() -> assignments.assign(c.id(), "checker", null, Priority.NORMAL))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(assignments.take(c.id()).assignee()).isEqualTo("checker2");

        AsUser.signIn("metro", "FACT_CHECKER");
        assertThatThrownBy(() -> assignments.of(c.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> assignments.take(c.id())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void a_bulk_assignment_says_per_claim_what_was_done_and_what_was_refused() {
        List<ClaimDetails> mine = politicsClaims();
        AsUser.signIn("metro", "FACT_CHECKER");
        String tag = TestArticles.uniqueTag();
        long metroClaim = articles.importArticle(new ArticleImport("Metro " + tag, null, null, null,
                TestArticles.story(tag))).claims().getFirst().id();

        AsUser.signIn("editor", "EDITOR");
        List<Long> ids = new java.util.ArrayList<>(mine.stream().map(ClaimDetails::id).toList());
        ids.add(metroClaim);
        List<BulkResult> results = assignments.assignAll(ids, "checker", LocalDate.now().plusDays(1), Priority.NORMAL);

        assertThat(results).hasSize(ids.size());
        assertThat(results).filteredOn(BulkResult::done).extracting(BulkResult::claimId)
                .containsExactlyElementsOf(mine.stream().map(ClaimDetails::id).toList());
        assertThat(results).filteredOn(r -> !r.done()).singleElement()
                .satisfies(r -> assertThat(r.claimId()).isEqualTo(metroClaim));
    }

    @Test
    void my_queue_is_ordered_by_due_date_then_priority_and_next_walks_it() {
        List<ClaimDetails> cs = politicsClaims();
        AsUser.signIn("editor", "EDITOR");
        String who = "checker2";
        LocalDate today = LocalDate.now();
        assignments.assign(cs.get(0).id(), who, today.plusDays(5), Priority.NORMAL);
        assignments.assign(cs.get(1).id(), who, today.plusDays(2), Priority.LOW);
        assignments.assign(cs.get(2).id(), who, today.plusDays(2), Priority.HIGH);

        AsUser.signIn(who, "FACT_CHECKER");
        List<Long> queue = assignments.myQueue().stream().map(QueueItem::claimId)
                .filter(id -> cs.stream().anyMatch(c -> c.id() == id)).toList();
        assertThat(queue).containsExactly(cs.get(2).id(), cs.get(1).id(), cs.get(0).id());
        assertThat(assignments.nextInMyQueue(cs.get(2).id())).contains(cs.get(1).id());
        // only this test's claims: the shared context may hold another test's overdue assignment to checker2
        assertThat(assignments.myQueue()).filteredOn(q -> cs.stream().anyMatch(c -> c.id() == q.claimId()))
                .noneMatch(QueueItem::overdue);
    }
}
