package org.claimdesk.export;

import org.claimdesk.AsUser;
import org.claimdesk.TestArticles;
import org.claimdesk.article.ArticleDetails;
import org.claimdesk.article.ArticleImport;
import org.claimdesk.article.ArticleService;
import org.claimdesk.claim.ClaimCorrections;
import org.claimdesk.claim.ClaimDetails;
import org.claimdesk.claim.ClaimEdit;
import org.claimdesk.claim.ClaimService;
import org.claimdesk.evidence.Attribution;
import org.claimdesk.evidence.EvidenceService;
import org.claimdesk.evidence.Rating;
import org.claimdesk.evidence.SourceInput;
import org.claimdesk.evidence.Stance;
import org.claimdesk.evidence.VerdictInput;
import org.claimdesk.evidence.VerdictService;
import org.claimdesk.security.Role;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/** Articles with verified claims for the export tests, made with the services the test autowires. */
public class ExportFixture {

    final ArticleService articles;
    final ClaimService claims;
    final ClaimCorrections corrections;
    final EvidenceService evidence;
    final VerdictService verdicts;

    public ExportFixture(ArticleService articles, ClaimService claims, ClaimCorrections corrections, EvidenceService evidence,
                  VerdictService verdicts) {
        this.articles = articles;
        this.claims = claims;
        this.corrections = corrections;
        this.evidence = evidence;
        this.verdicts = verdicts;
    }

    /** A new article imported by {@code user} (checker: Politics desk; metro: Metro desk), claims in text order. */
    public ArticleDetails importAs(String user, String title) {
        AsUser.signIn(user, Role.FACT_CHECKER_NAME);
        String tag = TestArticles.uniqueTag();
        return articles.importArticle(new ArticleImport(title + " " + tag, "https://news.example/" + tag, "Courier",
                LocalDate.of(2025, 5, 2), TestArticles.story(tag)));
    }

    public List<ClaimDetails> claimsOf(ArticleDetails a) {
        return a.claims().stream().sorted(Comparator.comparingInt(ClaimDetails::start)).toList();
    }

    /** Sets the claim's text as the checker. */
    public void retext(long claimId, String text, String checker) {
        AsUser.signIn(checker, Role.FACT_CHECKER_NAME);
        ClaimDetails c = claims.get(claimId);
        corrections.edit(claimId, c.version(), new ClaimEdit(text, c.claimant(), c.claimantDescription(), c.type()));
    }

    /**
     * Two supporting sources from two outlets, a TRUE verdict by {@code checker}, approved by {@code approver}
     * (an editor of the same team): the claim is VERIFIED.
     */
    public void verify(long claimId, String checker, String approver) {
        AsUser.signIn(checker, Role.FACT_CHECKER_NAME);
        evidence.addSource(claimId, new SourceInput("https://one.example/" + TestArticles.uniqueTag(), "=cmd|' /C calc'!A0",
                "One Outlet", null, LocalDate.of(2025, 5, 3), null, Stance.SUPPORTS, "It held 41 percent.", null));
        evidence.addSource(claimId, new SourceInput("https://two.example/" + TestArticles.uniqueTag(), "Second story",
                "Two Outlet", null, null, null, Stance.SUPPORTS, null, null));
        verdicts.setVerdict(claimId, new VerdictInput(Attribution.CONFIRMED, Rating.TRUE,
                "-Both outlets report the level.", null, claims.get(claimId).version()));
        AsUser.signIn(approver, Role.EDITOR_NAME);
        verdicts.approve(claimId, claims.get(claimId).version());
    }
}
