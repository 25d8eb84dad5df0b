package org.claimdesk.security;

import org.claimdesk.AsUser;
import org.claimdesk.ClaimDeskSpringTest;
import org.claimdesk.article.ArticleService;
import org.claimdesk.article.GoldExport;
import org.claimdesk.audit.AuditService;
import org.claimdesk.claim.ClaimCorrections;
import org.claimdesk.claim.ClaimDiscussion;
import org.claimdesk.claim.ClaimEdit;
import org.claimdesk.claim.ClaimFilter;
import org.claimdesk.claim.ClaimLinks;
import org.claimdesk.claim.ClaimService;
import org.claimdesk.claim.ClaimWorkflow;
import org.claimdesk.claim.LinkType;
import org.claimdesk.evidence.Attribution;
import org.claimdesk.evidence.EvidenceService;
import org.claimdesk.evidence.Rating;
import org.claimdesk.evidence.SourceInput;
import org.claimdesk.evidence.Stance;
import org.claimdesk.evidence.VerdictInput;
import org.claimdesk.extraction.ClaimType;
import org.claimdesk.shared.NotFoundException;
import org.assertj.core.api.SoftAssertions;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The same isolation below the API: every service method that takes an article, claim, source or link id refuses
 * another team's with NotFoundException, whoever calls it (a view, the API, another module). Signed in as metro,
 * with the editor role where a method is for editors, so that only the team decides.
 */
@ClaimDeskSpringTest
class TeamIsolationServiceTest {

    @Autowired ArticleService articles;
    @Autowired GoldExport gold;
    @Autowired ClaimService claims;
    @Autowired ClaimCorrections corrections;
    @Autowired ClaimDiscussion discussion;
    @Autowired ClaimLinks links;
    @Autowired ClaimWorkflow workflow;
    @Autowired EvidenceService evidence;
    @Autowired org.claimdesk.evidence.VerdictService verdicts;
    @Autowired AuditService audit;
    @Autowired UserService users;
    @Autowired TeamService teams;

    private TeamFixture f;

    @BeforeEach
    void politicsDeskWork() {
        f = TeamFixture.create(articles, evidence, discussion, links, users, teams);
    }

    private Map<String, ThrowingCallable> idTakingMethods() {
        long a = f.politicsArticle();
        long c = f.claim();
        SourceInput source = new SourceInput("https://outside.example/y", null, null, null, null, null,
                Stance.SUPPORTS, null, null);
        Map<String, ThrowingCallable> calls = new LinkedHashMap<>();
        calls.put("ArticleService.get", () -> articles.get(a));
        calls.put("ArticleService.delete", () -> articles.delete(a));
        calls.put("ArticleService.addClaimFromSelection", () -> articles.addClaimFromSelection(a, 0, 10, "x", ClaimType.STATEMENT));
        calls.put("ArticleService.moveToTeam", () -> articles.moveToTeam(a, f.outsiderTeam()));
        calls.put("GoldExport.gold", () -> gold.gold(a));
        calls.put("GoldExport.goldZip", () -> gold.goldZip(a));
        calls.put("ClaimService.get", () -> claims.get(c));
        calls.put("ClaimService.context", () -> claims.context(c));
        calls.put("ClaimService.claimsOfArticle", () -> claims.claimsOfArticle(a));
        calls.put("ClaimService.addClaims", () -> claims.addClaims(a, List.of()));
        calls.put("ClaimCorrections.edit", () -> corrections.edit(c, 1, new ClaimEdit("x", "y", null, ClaimType.STATEMENT)));
        calls.put("ClaimCorrections.delete", () -> corrections.delete(c, 1));
        calls.put("ClaimCorrections.recordArticleDeletion", () -> corrections.recordArticleDeletion(a, "x"));
        calls.put("ClaimCorrections.addFromSelection", () -> corrections.addFromSelection(a, 0, 10, "x", ClaimType.STATEMENT, List.of()));
        calls.put("ClaimCorrections.split", () -> corrections.split(c, 1, 5));
        calls.put("ClaimCorrections.previewMerge", () -> corrections.previewMerge(c, f.otherClaim()));
        calls.put("ClaimCorrections.merge", () -> corrections.merge(c, 1, f.otherClaim(), 0, null));
        calls.put("ClaimCorrections.merge (own first)", () -> corrections.merge(f.metroClaim(), 0, c, 1, null));
        calls.put("ClaimDiscussion.comments", () -> discussion.comments(c));
        calls.put("ClaimDiscussion.addComment", () -> discussion.addComment(c, "hello"));
        calls.put("ClaimLinks.suggestFor", () -> links.suggestFor(a));
        calls.put("ClaimLinks.linksOf", () -> links.linksOf(c));
        calls.put("ClaimLinks.link (from theirs)", () -> links.link(c, f.metroClaim(), LinkType.SAME_CLAIM));
        calls.put("ClaimLinks.link (to theirs)", () -> links.link(f.metroClaim(), c, LinkType.SAME_CLAIM));
        calls.put("ClaimLinks.decide accept", () -> links.decide(f.link(), true));
        calls.put("ClaimLinks.decide dismiss", () -> links.decide(f.link(), false));
        calls.put("ClaimLinks.sameClaims", () -> links.sameClaims(c));
        calls.put("ClaimWorkflow.current", () -> workflow.current(c));
        calls.put("EvidenceService.sources", () -> evidence.sources(c));
        calls.put("EvidenceService.addSource", () -> evidence.addSource(c, source));
        calls.put("EvidenceService.editSource", () -> evidence.editSource(c, f.source(), 0, source));
        calls.put("EvidenceService.removeSource", () -> evidence.removeSource(c, f.source(), 0));
        calls.put("EvidenceService.editSource (own claim)", () -> evidence.editSource(f.metroClaim(), f.source(), 0, source));
        calls.put("EvidenceService.removeSource (own claim)", () -> evidence.removeSource(f.metroClaim(), f.source(), 0));
        calls.put("EvidenceService.corroboration", () -> evidence.corroboration(c));
        calls.put("VerdictService.verdict", () -> verdicts.verdict(c));
        calls.put("VerdictService.setVerdict", () -> verdicts.setVerdict(c, new VerdictInput(Attribution.CONFIRMED, Rating.TRUE, "x", null, 1L)));
        calls.put("VerdictService.approve", () -> verdicts.approve(c, 1L));
        calls.put("VerdictService.reopen", () -> verdicts.reopen(c, 1L, "x"));
        calls.put("VerdictService.copyToSameClaims", () -> verdicts.copyToSameClaims(c));
        calls.put("AuditService.history", () -> audit.history("CLAIM", c));
        return calls;
    }

    @Test
    void every_id_taking_service_method_answers_not_found_to_another_team() {
        AsUser.signIn("metro", Role.EDITOR_NAME);
        SoftAssertions soft = new SoftAssertions();
        idTakingMethods().forEach((name, call) -> soft.assertThatThrownBy(call).as(name)
                .isInstanceOf(NotFoundException.class));
        soft.assertAll();
        AsUser.signIn("checker", Role.FACT_CHECKER_NAME);
        assertThat(claims.get(f.claim()).version()).isEqualTo(1);
        assertThat(discussion.comments(f.claim())).hasSize(1);
        assertThat(evidence.sources(f.claim())).hasSize(1);
    }

    @Test
    void the_claims_grid_and_the_article_filter_show_only_the_callers_teams() {
        AsUser.signIn("metro", Role.FACT_CHECKER_NAME);
        assertThat(claims.count(ClaimFilter.ALL.withArticle(f.politicsArticle()))).isZero();
        assertThat(claims.count(ClaimFilter.ALL.withArticle(f.metroArticle()))).isEqualTo(3);
        assertThat(claims.articleOptions("Politics " + f.tag(), 0, 10)).isEmpty();
        assertThat(articles.count(f.tag())).isZero();
        AsUser.signIn("checker", Role.FACT_CHECKER_NAME);
        assertThat(claims.articleOptions("Politics " + f.tag(), 0, 10)).hasSize(1);
        assertThat(articles.count(f.tag())).isEqualTo(1);
        AsUser.signIn("admin", Role.ADMIN_NAME);
        assertThat(claims.count(ClaimFilter.ALL.withArticle(f.politicsArticle()))).isEqualTo(3);
        assertThat(claims.count(ClaimFilter.ALL.withArticle(f.metroArticle()))).isEqualTo(3);
        assertThat(audit.history("CLAIM", f.claim())).isNotEmpty();
    }

    @Test
    void the_history_of_a_deleted_articles_claims_stays_with_its_team() {
        AsUser.signIn("editor", Role.EDITOR_NAME);
        articles.delete(f.politicsArticle());
        assertThat(audit.history("CLAIM", f.claim())).anySatisfy(h -> assertThat(h.action()).isEqualTo("DELETED"));
        AsUser.signIn("metro", Role.FACT_CHECKER_NAME);
        SoftAssertions soft = new SoftAssertions();
        soft.assertThatThrownBy(() -> audit.history("CLAIM", f.claim())).isInstanceOf(NotFoundException.class);
        soft.assertAll();
    }
}
