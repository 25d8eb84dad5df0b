package org.claimdesk.claim;

import org.claimdesk.AsUser;
import org.claimdesk.ClaimDeskSpringTest;
import org.claimdesk.TestArticles;
import org.claimdesk.article.ArticleImport;
import org.claimdesk.article.ArticleService;
import org.claimdesk.audit.AuditService;
import org.claimdesk.audit.HistoryEntry;
import org.claimdesk.shared.InputRejectedException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every status change goes through {@link ClaimWorkflow} along {@link ClaimTransitions}: a path the table does not
 * have is refused before anything is written (status, version and history stay as they were).
 */
@ClaimDeskSpringTest
@WithMockUser(username = "checker", roles = "FACT_CHECKER")
class ClaimWorkflowTransitionsTest {

    @Autowired
    ArticleService articles;
    @Autowired
    ClaimService claims;
    @Autowired
    ClaimWorkflow workflow;
    @Autowired
    AuditService audit;
    @Autowired
    PlatformTransactionManager transactions;

    private long claimId;

    @BeforeEach
    void aFreshClaim() {
        String tag = TestArticles.uniqueTag();
        claimId = articles.importArticle(new ArticleImport("Transitions " + tag, null, null, null, TestArticles.story(tag)))
                .claims().getFirst().id();
    }

    /** Runs the work in a transaction, as the services do, and checks what it changed before the transaction ends. */
    private void inTransaction(Consumer<ClaimDetails> work) {
        new TransactionTemplate(transactions).executeWithoutResult(tx -> {
            work.accept(claims.get(claimId));
            tx.setRollbackOnly(); // a refusal marks it so anyway; the checks inside have seen everything written
        });
    }

    /** Moves the claim for real (committed), to set up a status. */
    private ClaimDetails moveCommitted(ClaimStatus to, String verdictAuthor) {
        return new TransactionTemplate(transactions).execute(tx ->
                workflow.move(claimId, claims.get(claimId).version(), to, verdictAuthor));
    }

    private List<String> history() {
        return audit.history("CLAIM", claimId).stream().map(h -> h.action() + ":" + h.after()).toList();
    }

    /** The move is refused with a message naming it, and nothing about the claim changed, even inside the transaction. */
    private void refusedWithoutChange(Runnable move, String messagePart) {
        ClaimDetails before = claims.get(claimId);
        List<String> historyBefore = history();
        inTransaction(seen -> {
            assertThatThrownBy(move::run).isInstanceOf(InputRejectedException.class).hasMessageContaining(messagePart);
            ClaimDetails after = claims.get(claimId);
            assertThat(after.status()).isEqualTo(before.status());
            assertThat(after.version()).isEqualTo(before.version());
            assertThat(history()).isEqualTo(historyBefore);
        });
        assertThat(claims.get(claimId).status()).isEqualTo(before.status());
        assertThat(claims.get(claimId).version()).isEqualTo(before.version());
        assertThat(history()).isEqualTo(historyBefore);
    }

    @ParameterizedTest(name = "UNREVIEWED → {0}")
    @EnumSource(value = ClaimStatus.class, names = {"UNREVIEWED", "VERIFIED", "REOPENED"})
    void a_move_from_unreviewed_that_the_table_does_not_have_is_refused_and_changes_nothing(ClaimStatus to) {
        refusedWithoutChange(() -> workflow.move(claimId, claims.get(claimId).version(), to),
                "cannot go from UNREVIEWED to " + to);
    }

    @Test
    void a_verified_claim_can_only_be_reopened_through_the_workflow() {
        moveCommitted(ClaimStatus.IN_REVIEW, null);
        moveCommitted(ClaimStatus.AWAITING_APPROVAL, null);
        AsUser.signIn("editor", "EDITOR");
        moveCommitted(ClaimStatus.VERIFIED, "checker");
        for (ClaimStatus to : List.of(ClaimStatus.UNREVIEWED, ClaimStatus.IN_REVIEW, ClaimStatus.AWAITING_APPROVAL,
                ClaimStatus.VERIFIED)) {
            refusedWithoutChange(() -> workflow.move(claimId, claims.get(claimId).version(), to),
                    "cannot go from VERIFIED to " + to);
        }
        assertThat(moveCommitted(ClaimStatus.REOPENED, null).status()).isEqualTo(ClaimStatus.REOPENED);
    }

    @Test
    void the_verdicts_author_cannot_approve_through_the_workflow_and_nothing_changes() {
        moveCommitted(ClaimStatus.IN_REVIEW, null);
        moveCommitted(ClaimStatus.AWAITING_APPROVAL, null);
        refusedWithoutChange(() -> workflow.move(claimId, claims.get(claimId).version(), ClaimStatus.VERIFIED, "checker"),
                "another fact-checker");
        refusedWithoutChange(() -> workflow.move(claimId, claims.get(claimId).version(), ClaimStatus.VERIFIED),
                "not known");
    }

    @Test
    void a_conditional_move_along_a_path_not_in_the_table_is_refused_and_changes_nothing() {
        refusedWithoutChange(() -> workflow.moveIfIn(claimId, Set.of(ClaimStatus.UNREVIEWED), ClaimStatus.VERIFIED),
                "cannot go from UNREVIEWED to VERIFIED");
        // refused even when the claim is not in the status the closed path starts from
        refusedWithoutChange(() -> workflow.moveIfIn(claimId, Set.of(ClaimStatus.UNREVIEWED, ClaimStatus.IN_REVIEW),
                ClaimStatus.IN_REVIEW), "cannot go from IN_REVIEW to IN_REVIEW");
    }

    @Test
    void an_allowed_move_changes_the_status_raises_the_version_and_is_in_the_history() {
        ClaimDetails before = claims.get(claimId);
        ClaimDetails after = moveCommitted(ClaimStatus.IN_REVIEW, null);
        assertThat(after.status()).isEqualTo(ClaimStatus.IN_REVIEW);
        assertThat(after.version()).isGreaterThan(before.version());
        assertThat(audit.history("CLAIM", claimId)).extracting(HistoryEntry::action, HistoryEntry::after)
                .contains(org.assertj.core.groups.Tuple.tuple("STATUS", "IN_REVIEW"));
        assertThat(workflow.next(claimId)).extracting(Transition::to).containsExactly(ClaimStatus.AWAITING_APPROVAL);
    }
}
