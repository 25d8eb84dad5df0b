package org.claimdesk.evidence;

import org.claimdesk.ClaimDeskSpringTest;
import org.claimdesk.AsUser;
import org.claimdesk.SeedFiles;
import org.claimdesk.article.ArticleDetails;
import org.claimdesk.article.ArticleImport;
import org.claimdesk.article.ArticleService;
import org.claimdesk.article.DuplicateArticleException;
import org.claimdesk.audit.AuditService;
import org.claimdesk.audit.HistoryEntry;
import org.claimdesk.claim.ClaimDetails;
import org.claimdesk.claim.ClaimService;
import org.claimdesk.claim.ClaimStatus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

import java.nio.file.Files;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** The seed article's 11,000 claim goes from UNREVIEWED to VERIFIED, as the verification issue describes. */
@ClaimDeskSpringTest
@WithMockUser(username = "checker", roles = "FACT_CHECKER")
class SeedClaimWorkflowTest {

    @Autowired
    ArticleService articles;
    @Autowired
    ClaimService claims;
    @Autowired
    EvidenceService evidence;
    @Autowired
    VerdictService verdicts;
    @Autowired
    AuditService audit;

    @Test
    void the_11000_soldiers_claim_is_verified_with_two_independent_sources_and_an_editors_approval() throws Exception {
        String text = Files.readString(SeedFiles.require(SeedFiles.ARTICLE)) + "\n\n(workflow test " + System.nanoTime() + ")";
        ArticleDetails seed;
        try {
            seed = articles.importArticle(new ArticleImport("Seed workflow", null, "Yonhap", LocalDate.of(2024, 11, 6), text));
        } catch (DuplicateArticleException e) {
            seed = articles.get(e.existingId());
        }
        ClaimDetails soldiers = seed.claims().stream().filter(c -> c.text().contains("11,000")).findFirst().orElseThrow();
        assertThat(soldiers.claimant()).contains("Zelenskyy");
        assertThat(soldiers.status()).isEqualTo(ClaimStatus.UNREVIEWED);

        evidence.addSource(soldiers.id(), new SourceInput("https://www.defense-ministry.example/briefing", "Briefing",
                "Defence ministry", null, LocalDate.of(2024, 11, 5), null, Stance.SUPPORTS, "about 11,000 soldiers", null));
        evidence.addSource(soldiers.id(), new SourceInput("https://intel-review.example/kursk", "Kursk deployment",
                "Intel Review", null, LocalDate.of(2024, 11, 6), null, Stance.SUPPORTS, "some 11,000 troops", null));
        assertThat(evidence.corroboration(soldiers.id()).supportingPublishers()).isEqualTo(2);
        verdicts.setVerdict(soldiers.id(), new VerdictInput(Attribution.CONFIRMED, Rating.MOSTLY_TRUE,
                "Two independent assessments give about 11,000.", null, claims.get(soldiers.id()).version()));
        assertThat(claims.get(soldiers.id()).status()).isEqualTo(ClaimStatus.AWAITING_APPROVAL);

        AsUser.signIn("editor", "EDITOR");
        verdicts.approve(soldiers.id(), claims.get(soldiers.id()).version());
        assertThat(claims.get(soldiers.id()).status()).isEqualTo(ClaimStatus.VERIFIED);

        assertThat(audit.history("CLAIM", soldiers.id()))
                .extracting(h -> h.action() + (h.field() == null ? "" : ":" + h.after()))
                .containsSubsequence("EXTRACTED", "SOURCE_ADDED", "STATUS:IN_REVIEW", "SOURCE_ADDED",
                        "STATUS:AWAITING_APPROVAL", "VERDICT:CONFIRMED / MOSTLY_TRUE: Two independent assessments give about 11,000.",
                        "STATUS:VERIFIED", "APPROVED");
    }
}
