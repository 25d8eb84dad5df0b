package org.claimdesk.review;

import org.claimdesk.AsUser;
import org.claimdesk.ClaimDeskSpringTest;
import org.claimdesk.TestArticles;
import org.claimdesk.article.ArticleDetails;
import org.claimdesk.article.ArticleImport;
import org.claimdesk.article.ArticleService;
import org.claimdesk.claim.ClaimDetails;
import org.claimdesk.claim.ClaimService;
import org.claimdesk.claim.ClaimStatus;
import org.claimdesk.evidence.Attribution;
import org.claimdesk.evidence.EvidenceService;
import org.claimdesk.evidence.Rating;
import org.claimdesk.evidence.SourceInput;
import org.claimdesk.evidence.Stance;
import org.claimdesk.evidence.VerdictInput;
import org.claimdesk.evidence.VerdictService;
import org.claimdesk.shared.InputRejectedException;
import org.claimdesk.shared.NotFoundException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Bulk priority, due date and reopen, and assigning a whole article: each claim's own result, the same rules. */
@ClaimDeskSpringTest
class BulkActionsTest {

    @Autowired
    ArticleService articles;
    @Autowired
    ClaimService claims;
    @Autowired
    AssignmentService assignments;
    @Autowired
    BulkReopen reopening;
    @Autowired
    EvidenceService evidence;
    @Autowired
    VerdictService verdicts;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    /** A new Politics-desk article (imported by checker), its claims in text order. */
    private ArticleDetails politicsArticle() {
        AsUser.signIn("checker", "FACT_CHECKER");
        String tag = TestArticles.uniqueTag();
        ArticleDetails a = articles.importArticle(new ArticleImport("Bulk " + tag, null, null, null,
                TestArticles.story(tag)));
        assertThat(a.claims()).hasSizeGreaterThanOrEqualTo(3);
        return a;
    }

    private static List<ClaimDetails> inOrder(ArticleDetails a) {
        return a.claims().stream().sorted(Comparator.comparingInt(ClaimDetails::start)).toList();
    }

    /** A claim of a Metro-desk article, which Politics-desk editors may not see. */
    private long metroClaim() {
        AsUser.signIn("metro", "FACT_CHECKER");
        String tag = TestArticles.uniqueTag();
        return articles.importArticle(new ArticleImport("Metro bulk " + tag, null, null, null, TestArticles.story(tag)))
                .claims().getFirst().id();
    }

    /** checker gives a verdict with a source, checker2 approves it: the claim is VERIFIED. */
    private void verify(long claimId) {
        AsUser.signIn("checker", "FACT_CHECKER");
        evidence.addSource(claimId, new SourceInput("https://one.example/a", "A report", "Some outlet", null, null,
                null, Stance.CONTRADICTS, "the passage", null));
        verdicts.setVerdict(claimId, new VerdictInput(Attribution.CONFIRMED, Rating.FALSE, "Refuted.", null,
                claims.get(claimId).version()));
        AsUser.signIn("checker2", "FACT_CHECKER");
        verdicts.approve(claimId, claims.get(claimId).version());
        assertThat(claims.get(claimId).status()).isEqualTo(ClaimStatus.VERIFIED);
    }

    private static BulkResult resultOf(List<BulkResult> results, long claimId) {
        return results.stream().filter(r -> r.claimId() == claimId).findFirst().orElseThrow();
    }

    @Test
    void bulk_priority_changes_assigned_claims_and_refuses_unassigned_and_other_teams_claims() {
        List<ClaimDetails> cs = inOrder(politicsArticle());
        long metro = metroClaim();
        AsUser.signIn("editor", "EDITOR");
        LocalDate due = LocalDate.now().plusDays(4);
        assignments.assign(cs.get(0).id(), "checker", due, Priority.LOW);

        List<BulkResult> results = assignments.setPriorityAll(List.of(cs.get(0).id(), cs.get(1).id(), metro),
                Priority.HIGH);

        assertThat(results).hasSize(3);
        assertThat(resultOf(results, cs.get(0).id()).done()).isTrue();
        assertThat(assignments.of(cs.get(0).id())).hasValueSatisfying(a -> {
            assertThat(a.priority()).isEqualTo(Priority.HIGH);
            assertThat(a.assignee()).isEqualTo("checker");
            assertThat(a.dueDate()).isEqualTo(due);
        });
        assertThat(resultOf(results, cs.get(1).id())).satisfies(r -> {
            assertThat(r.done()).isFalse();
            assertThat(r.message()).contains("not assigned");
        });
        assertThat(resultOf(results, metro)).satisfies(r -> {
            assertThat(r.done()).isFalse();
            assertThat(r.message()).contains("does not exist");
        });
        assertThat(assignments.of(cs.get(1).id())).isEmpty();
        assertThatThrownBy(() -> assignments.setPriorityAll(List.of(cs.get(0).id()), null))
                .isInstanceOf(InputRejectedException.class);
    }

    @Test
    void bulk_due_date_changes_assigned_claims_refuses_the_others_and_never_a_date_in_the_past() {
        List<ClaimDetails> cs = inOrder(politicsArticle());
        long metro = metroClaim();
        AsUser.signIn("editor", "EDITOR");
        assignments.assign(cs.get(0).id(), "checker2", null, Priority.HIGH);
        LocalDate due = LocalDate.now().plusDays(2);

        List<BulkResult> results = assignments.setDueDateAll(List.of(cs.get(0).id(), cs.get(2).id(), metro), due);

        assertThat(resultOf(results, cs.get(0).id()).done()).isTrue();
        assertThat(assignments.of(cs.get(0).id())).hasValueSatisfying(a -> {
            assertThat(a.dueDate()).isEqualTo(due);
            assertThat(a.priority()).isEqualTo(Priority.HIGH);
        });
        assertThat(resultOf(results, cs.get(2).id()).message()).contains("not assigned");
        assertThat(resultOf(results, metro).message()).contains("does not exist");
        assertThat(results).filteredOn(BulkResult::done).hasSize(1);
        assertThatThrownBy(() -> assignments.setDueDateAll(List.of(cs.get(0).id()), LocalDate.now().minusDays(1)))
                .isInstanceOf(InputRejectedException.class).hasMessageContaining("past");
    }

    @Test
    void bulk_reopen_reopens_a_verified_claim_and_refuses_an_unreviewed_one_and_another_teams_claim() {
        List<ClaimDetails> cs = inOrder(politicsArticle());
        long metro = metroClaim();
        verify(cs.get(0).id());
        AsUser.signIn("editor", "EDITOR");

        List<BulkResult> results = reopening.reopenAll(List.of(cs.get(0).id(), cs.get(1).id(), metro),
                "The source was withdrawn.");

        assertThat(resultOf(results, cs.get(0).id()).done()).isTrue();
        assertThat(claims.get(cs.get(0).id()).status()).isEqualTo(ClaimStatus.REOPENED);
        assertThat(resultOf(results, cs.get(1).id())).satisfies(r -> {
            assertThat(r.done()).isFalse();
            assertThat(r.message()).contains("cannot go from UNREVIEWED to REOPENED");
        });
        assertThat(claims.get(cs.get(1).id()).status()).isEqualTo(ClaimStatus.UNREVIEWED);
        assertThat(resultOf(results, metro).message()).contains("does not exist");
        assertThatThrownBy(() -> reopening.reopenAll(List.of(cs.get(1).id()), " "))
                .isInstanceOf(InputRejectedException.class).hasMessageContaining("Say why");
    }

    @Test
    void a_fact_checker_may_use_no_bulk_action() {
        List<ClaimDetails> cs = inOrder(politicsArticle());
        List<Long> ids = List.of(cs.get(0).id());
        AsUser.signIn("checker", "FACT_CHECKER");
        assertThatThrownBy(() -> assignments.setPriorityAll(ids, Priority.HIGH)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> assignments.setDueDateAll(ids, null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reopening.reopenAll(ids, "why")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> assignments.assignArticle(cs.get(0).articleId(), "checker", null, Priority.NORMAL))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void no_claims_or_too_many_claims_are_refused_before_anything_changes() {
        AsUser.signIn("editor", "EDITOR");
        List<Long> tooMany = LongStream.rangeClosed(1, AssignmentService.MAX_BULK + 1).boxed().toList();
        assertThatThrownBy(() -> assignments.setPriorityAll(List.of(), Priority.HIGH))
                .isInstanceOf(InputRejectedException.class);
        assertThatThrownBy(() -> assignments.setDueDateAll(null, null)).isInstanceOf(InputRejectedException.class);
        assertThatThrownBy(() -> reopening.reopenAll(List.of(), "why")).isInstanceOf(InputRejectedException.class);
        assertThatThrownBy(() -> assignments.setPriorityAll(tooMany, Priority.HIGH))
                .isInstanceOf(InputRejectedException.class).hasMessageContaining("At most");
        assertThatThrownBy(() -> reopening.reopenAll(tooMany, "why"))
                .isInstanceOf(InputRejectedException.class).hasMessageContaining("At most");
    }

    @Test
    void assigning_a_whole_article_assigns_every_claim_not_yet_verified_and_another_team_cannot() {
        ArticleDetails a = politicsArticle();
        List<ClaimDetails> cs = inOrder(a);
        verify(cs.get(0).id());
        AsUser.signIn("editor", "EDITOR");

        List<BulkResult> results = assignments.assignArticle(a.id(), "checker2", LocalDate.now().plusDays(1),
                Priority.HIGH);

        assertThat(results).extracting(BulkResult::claimId)
                .containsExactlyInAnyOrderElementsOf(cs.stream().skip(1).map(ClaimDetails::id).toList());
        assertThat(results).allMatch(BulkResult::done);
        assertThat(assignments.of(cs.get(0).id())).isEmpty();
        assertThat(assignments.of(cs.get(1).id())).hasValueSatisfying(x -> assertThat(x.assignee()).isEqualTo("checker2"));

        AsUser.signIn("metro", "FACT_CHECKER");
        long metroArticle = articles.importArticle(new ArticleImport("Metro whole " + TestArticles.uniqueTag(), null,
                null, null, TestArticles.story(TestArticles.uniqueTag()))).id();
        AsUser.signIn("editor", "EDITOR");
        assertThatThrownBy(() -> assignments.assignArticle(metroArticle, "checker", null, Priority.NORMAL))
                .isInstanceOf(NotFoundException.class);
    }
}
