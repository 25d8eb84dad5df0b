package org.claimdesk;

import org.claimdesk.article.ArticleImport;
import org.claimdesk.article.ArticleService;
import org.claimdesk.claim.ClaimDetails;
import org.claimdesk.claim.ClaimFilter;
import org.claimdesk.claim.ClaimService;
import org.claimdesk.claim.ClaimSort;
import org.claimdesk.evidence.ApprovalQueue;
import org.claimdesk.evidence.Attribution;
import org.claimdesk.evidence.EvidenceService;
import org.claimdesk.evidence.Rating;
import org.claimdesk.evidence.SourceInput;
import org.claimdesk.evidence.Stance;
import org.claimdesk.evidence.VerdictInput;
import org.claimdesk.evidence.VerdictService;
import org.claimdesk.review.AssignmentService;
import org.claimdesk.review.Priority;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The lists and queues read a fixed number of SQL statements per call, however many rows they show (issue 11: my
 * queue was ~6 statements per item, approvals one per item).
 */
@ClaimDeskSpringTest
class StatementsPerCallTest {

    @Autowired
    ArticleService articles;
    @Autowired
    ClaimService claims;
    @Autowired
    AssignmentService assignments;
    @Autowired
    EvidenceService evidence;
    @Autowired
    VerdictService verdicts;
    @Autowired
    ApprovalQueue approvals;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void a_claims_list_page_reads_as_many_statements_for_eight_rows_as_for_two() {
        AsUser.signIn("admin", "ADMIN");
        newPoliticsClaims(); // at least 2 pages of 8 whatever ran before
        AsUser.signIn("admin", "ADMIN");
        long small = statements(() -> assertThat(claims.search(ClaimFilter.ALL, 1, 2, null, false)).hasSize(2));
        long large = statements(() -> assertThat(claims.search(ClaimFilter.ALL, 1, 8, null, false)).hasSize(8));
        long sorted = statements(() -> assertThat(claims.search(ClaimFilter.ALL, 1, 8, ClaimSort.TEXT, true)).hasSize(8));
        assertThat(large).isEqualTo(small).isEqualTo(sorted).isLessThanOrEqualTo(4);
        // the grid asks for the total once (countUpTo) and then pages without counting again
        long gridPage = statements(() -> assertThat(claims.page(ClaimFilter.ALL, 1, 8, null, false)).hasSize(8));
        assertThat(gridPage).isEqualTo(large - 1);
    }

    @Test
    void my_queue_reads_as_many_statements_for_many_items_as_for_one() {
        List<ClaimDetails> cs = newPoliticsClaims();
        AsUser.signIn("editor", "EDITOR");
        assignments.assign(cs.get(0).id(), "checker2", LocalDate.now().plusDays(1), Priority.HIGH);
        AsUser.signIn("checker2", "FACT_CHECKER");
        long before = statements(() -> assertThat(assignments.myQueue()).isNotEmpty());
        AsUser.signIn("editor", "EDITOR");
        for (ClaimDetails c : cs.subList(1, cs.size())) {
            assignments.assign(c.id(), "checker2", LocalDate.now().plusDays(2), Priority.NORMAL);
        }
        AsUser.signIn("checker2", "FACT_CHECKER");
        long after = statements(() -> assertThat(assignments.myQueue()).extracting(i -> i.claimId())
                .contains(cs.getLast().id()));
        assertThat(cs).hasSizeGreaterThan(2);
        assertThat(after).isEqualTo(before).isLessThanOrEqualTo(3);
    }

    @Test
    void approvals_read_as_many_statements_for_many_verdicts_as_for_one() {
        List<ClaimDetails> cs = newPoliticsClaims();
        verdictByChecker(cs.get(0));
        AsUser.signIn("editor", "EDITOR");
        long before = statements(() -> assertThat(approvals.awaitingMyApproval()).isNotEmpty());
        for (ClaimDetails c : cs.subList(1, cs.size())) {
            verdictByChecker(c);
        }
        AsUser.signIn("editor", "EDITOR");
        long after = statements(() -> assertThat(approvals.awaitingMyApproval()).extracting(i -> i.claimId())
                .contains(cs.getLast().id()));
        assertThat(after).isEqualTo(before).isLessThanOrEqualTo(8);
    }

    /** The claims of a new Politics-desk article (checker's team, with editor and checker2). */
    private List<ClaimDetails> newPoliticsClaims() {
        AsUser.signIn("checker", "FACT_CHECKER");
        String tag = TestArticles.uniqueTag();
        return articles.importArticle(new ArticleImport("Statements " + tag, null, null, null, TestArticles.story(tag)))
                .claims();
    }

    private void verdictByChecker(ClaimDetails c) {
        AsUser.signIn("checker", "FACT_CHECKER");
        evidence.addSource(c.id(), new SourceInput("https://stats.example/" + TestArticles.uniqueTag(), null, null,
                null, null, null, Stance.CONTRADICTS, null, null));
        verdicts.setVerdict(c.id(), new VerdictInput(Attribution.CONFIRMED, Rating.FALSE, "The source refutes it.", null,
                claims.get(c.id()).version()));
    }

    /** The statements one call prepared on this thread (see {@link ThreadStatements}). */
    private static long statements(Runnable call) {
        return ThreadStatements.during(call);
    }
}
