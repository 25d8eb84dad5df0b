package org.claimdesk.evidence;

import org.claimdesk.AsUser;
import org.claimdesk.ClaimDeskSpringTest;
import org.claimdesk.TestArticles;
import org.claimdesk.article.ArticleService;
import org.claimdesk.claim.ClaimDetails;
import org.claimdesk.claim.ClaimService;
import org.claimdesk.live.Broadcaster;
import org.claimdesk.live.LiveEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/** "Approvals": verdicts of my teams awaiting approval that someone else wrote, oldest first. */
@ClaimDeskSpringTest
class ApprovalQueueTest {

    @Autowired
    ArticleService articles;
    @Autowired
    ClaimService claims;
    @Autowired
    EvidenceService evidence;
    @Autowired
    VerdictService verdicts;
    @Autowired
    ApprovalQueue approvals;
    @Autowired
    Broadcaster broadcaster;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    /** A new Politics-desk claim with a verdict by checker, awaiting approval. */
    private ClaimDetails aVerdictByChecker() {
        AsUser.signIn("checker", "FACT_CHECKER");
        ClaimDetails c = TestArticles.hectaresClaim(articles, "Approvals");
        evidence.addSource(c.id(), new SourceInput("https://farm-news.example/" + TestArticles.uniqueTag(), null, null,
                null, null, null, Stance.CONTRADICTS, null, null));
        verdicts.setVerdict(c.id(), new VerdictInput(Attribution.CONFIRMED, Rating.FALSE, "The survey refutes it.", null,
                claims.get(c.id()).version()));
        return c;
    }

    private List<ApprovalItem> approvalsOf(String user, String role, long claimId) {
        AsUser.signIn(user, role);
        return approvals.awaitingMyApproval().stream().filter(i -> i.claimId() == claimId).toList();
    }

    @Test
    void a_verdict_waits_in_the_approvals_of_the_others_of_its_team_and_of_admins_but_not_its_authors() {
        ClaimDetails c = aVerdictByChecker();

        assertThat(approvalsOf("editor", "EDITOR", c.id())).singleElement().satisfies(i -> {
            assertThat(i.claimText()).isEqualTo(c.text());
            assertThat(i.claimant()).isEqualTo(c.claimant());
            assertThat(i.articleTitle()).isEqualTo(c.articleTitle());
            assertThat(i.attribution()).isEqualTo(Attribution.CONFIRMED);
            assertThat(i.rating()).isEqualTo(Rating.FALSE);
            assertThat(i.ratingLabel()).isNotBlank();
            assertThat(i.author()).isEqualTo("checker");
            assertThat(i.decidedAt()).isNotNull();
        });
        assertThat(approvalsOf("checker2", "FACT_CHECKER", c.id())).hasSize(1);
        assertThat(approvalsOf("admin", "ADMIN", c.id())).hasSize(1);
        assertThat(approvalsOf("checker", "FACT_CHECKER", c.id())).as("not the author's own").isEmpty();
        assertThat(approvalsOf("metro", "FACT_CHECKER", c.id())).as("not another team's").isEmpty();
    }

    @Test
    void an_approved_or_reopened_claim_leaves_the_queue() {
        ClaimDetails approved = aVerdictByChecker();
        ClaimDetails reopened = aVerdictByChecker();
        AsUser.signIn("editor", "EDITOR");
        verdicts.approve(approved.id(), claims.get(approved.id()).version());
        verdicts.reopen(reopened.id(), claims.get(reopened.id()).version(), "new figures");

        assertThat(approvalsOf("checker2", "FACT_CHECKER", approved.id())).isEmpty();
        assertThat(approvalsOf("checker2", "FACT_CHECKER", reopened.id())).isEmpty();
        assertThat(approvalsOf("editor", "EDITOR", reopened.id())).isEmpty();
    }

    @Test
    void the_oldest_decision_comes_first() {
        ClaimDetails first = aVerdictByChecker();
        ClaimDetails second = aVerdictByChecker();
        AsUser.signIn("editor", "EDITOR");
        List<Long> order = approvals.awaitingMyApproval().stream().map(ApprovalItem::claimId)
                .filter(id -> id == first.id() || id == second.id()).toList();
        assertThat(order).containsExactly(first.id(), second.id());
    }

    @Test
    void a_verdict_and_its_approval_each_tell_open_approvals_queues_once_after_commit() {
        List<LiveEvent> heard = new CopyOnWriteArrayList<>();
        ClaimDetails c;
        try (var s = broadcaster.join(LiveEvent.approvals(), "viewer", heard::add)) {
            c = aVerdictByChecker();
            assertThat(heard).filteredOn(e -> e.kind() == LiveEvent.Kind.CHANGED).singleElement()
                    .satisfies(e -> assertThat(e.actor()).isEqualTo("checker"));
            AsUser.signIn("editor", "EDITOR");
            verdicts.approve(c.id(), claims.get(c.id()).version());
        }
        assertThat(heard).filteredOn(e -> e.kind() == LiveEvent.Kind.CHANGED).hasSize(2);
    }
}
