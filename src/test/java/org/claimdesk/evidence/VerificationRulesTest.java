package org.claimdesk.evidence;

import org.claimdesk.ClaimDeskSpringTest;
import org.claimdesk.AsUser;
import org.claimdesk.TestArticles;
import org.claimdesk.article.ArticleDetails;
import org.claimdesk.article.ArticleImport;
import org.claimdesk.article.ArticleService;
import org.claimdesk.audit.AuditService;
import org.claimdesk.audit.HistoryEntry;
import org.claimdesk.claim.ClaimDetails;
import org.claimdesk.claim.ClaimLinks;
import org.claimdesk.claim.ClaimService;
import org.claimdesk.claim.ClaimStatus;
import org.claimdesk.claim.LinkType;
import org.claimdesk.claim.StaleClaimException;
import org.claimdesk.shared.InputRejectedException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

import java.lang.reflect.Modifier;
import java.time.LocalDate;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every rule of the verification workflow, enforced by the services (the UI and the API call the same ones). */
@ClaimDeskSpringTest
@WithMockUser(username = "checker", roles = "FACT_CHECKER")
class VerificationRulesTest {

    @Autowired
    ArticleService articles;
    @Autowired
    ClaimService claims;
    @Autowired
    EvidenceService evidence;
    @Autowired
    VerdictService verdicts;
    @Autowired
    PublisherRegister publishers;
    @Autowired
    RatingScale ratings;
    @Autowired
    ClaimLinks links;
    @Autowired
    AuditService audit;

    private ClaimDetails claim;

    @BeforeEach
    void aFreshClaim() {
        String tag = TestArticles.uniqueTag();
        ArticleDetails a = articles.importArticle(new ArticleImport("Rules " + tag, null, null, null, TestArticles.story(tag)));
        claim = a.claims().stream().filter(c -> c.text().contains("hectares")).findFirst().orElseThrow();
    }

    private static SourceInput source(String url, Stance stance) {
        return new SourceInput(url, "A report", "Some outlet", "A. Writer", LocalDate.of(2025, 5, 3), null, stance,
                "the passage that matters", null);
    }

    private long version() {
        return claims.get(claim.id()).version();
    }

    @Test
    void a_javascript_link_is_refused_for_a_source() {
        assertThatThrownBy(() -> evidence.addSource(claim.id(), source("javascript:alert(1)", Stance.SUPPORTS)))
                .isInstanceOfSatisfying(InputRejectedException.class, e -> assertThat(e.field()).isEqualTo("url"));
        assertThatThrownBy(() -> evidence.addSource(claim.id(), new SourceInput("https://ok.example/a", null, null, null,
                null, null, Stance.SUPPORTS, null, "data:text/html,x")))
                .isInstanceOf(InputRejectedException.class);
        assertThat(evidence.sources(claim.id())).isEmpty();
    }

    @Test
    void the_first_source_moves_the_claim_into_review_and_is_in_its_history() {
        SourceDetails s = evidence.addSource(claim.id(), source("HTTPS://WWW.Farm-News.example/crops?id=1", Stance.SUPPORTS));
        assertThat(s.url()).isEqualTo("https://www.farm-news.example/crops?id=1");
        assertThat(s.domain()).isEqualTo("farm-news.example");
        assertThat(claims.get(claim.id()).status()).isEqualTo(ClaimStatus.IN_REVIEW);
        assertThat(audit.history("CLAIM", claim.id())).extracting(HistoryEntry::action)
                .contains("SOURCE_ADDED", "STATUS");
    }

    @Test
    void a_verdict_needs_a_source_and_a_rationale() {
        assertThatThrownBy(() -> verdicts.setVerdict(claim.id(),
                new VerdictInput(Attribution.CONFIRMED, Rating.MIXED, "Because.", null, version())))
                .isInstanceOf(InputRejectedException.class).hasMessageContaining("source");
        evidence.addSource(claim.id(), source("https://one.example/a", Stance.CONTEXT));
        assertThatThrownBy(() -> verdicts.setVerdict(claim.id(),
                new VerdictInput(Attribution.CONFIRMED, Rating.MIXED, "  ", null, version())))
                .isInstanceOf(InputRejectedException.class).hasMessageContaining("rationale");
        VerdictDetails v = verdicts.setVerdict(claim.id(),
                new VerdictInput(Attribution.CONFIRMED, Rating.MIXED, "Partly borne out.", null, version()));
        assertThat(v.author()).isEqualTo("checker");
        assertThat(claims.get(claim.id()).status()).isEqualTo(ClaimStatus.AWAITING_APPROVAL);
    }

    @Test
    void true_needs_two_independent_supporting_publishers() {
        evidence.addSource(claim.id(), source("https://same-outlet.example/a", Stance.SUPPORTS));
        evidence.addSource(claim.id(), source("https://www.same-outlet.example/b", Stance.SUPPORTS));
        assertThat(evidence.corroboration(claim.id()).supportingPublishers()).isEqualTo(1);
        assertThatThrownBy(() -> verdicts.setVerdict(claim.id(),
                new VerdictInput(Attribution.CONFIRMED, Rating.TRUE, "Two stories say so.", null, version())))
                .isInstanceOf(InputRejectedException.class).hasMessageContaining("two independent publishers");

        evidence.addSource(claim.id(), source("https://other-outlet.example/c", Stance.SUPPORTS));
        assertThat(evidence.corroboration(claim.id()).supportingPublishers()).isEqualTo(2);
        assertThat(verdicts.setVerdict(claim.id(), new VerdictInput(Attribution.CONFIRMED, Rating.MOSTLY_TRUE,
                "Two outlets confirm.", null, version())).rating()).isEqualTo(Rating.MOSTLY_TRUE);
    }

    @Test
    void only_an_editor_may_override_the_corroboration_rule_and_only_with_a_reason() {
        evidence.addSource(claim.id(), source("https://lonely.example/a", Stance.SUPPORTS));
        assertThatThrownBy(() -> verdicts.setVerdict(claim.id(), new VerdictInput(Attribution.CONFIRMED, Rating.TRUE,
                "Sure.", "I am confident", version()))).isInstanceOf(InputRejectedException.class);

        AsUser.signIn("editor", "EDITOR");
        assertThatThrownBy(() -> verdicts.setVerdict(claim.id(), new VerdictInput(Attribution.CONFIRMED, Rating.TRUE,
                "Sure.", " ", version()))).isInstanceOf(InputRejectedException.class);
        VerdictDetails v = verdicts.setVerdict(claim.id(), new VerdictInput(Attribution.CONFIRMED, Rating.TRUE,
                "Official records confirm it.", "The ministry's own data is primary evidence", version()));
        assertThat(v.overrideReason()).isEqualTo("The ministry's own data is primary evidence");
    }

    @Test
    void the_author_of_a_verdict_cannot_approve_it_but_another_fact_checker_can() {
        evidence.addSource(claim.id(), source("https://one.example/a", Stance.CONTRADICTS));
        verdicts.setVerdict(claim.id(), new VerdictInput(Attribution.CONFIRMED, Rating.FALSE, "Refuted.", null, version()));
        assertThatThrownBy(() -> verdicts.approve(claim.id(), version()))
                .isInstanceOf(InputRejectedException.class).hasMessageContaining("another fact-checker");

        AsUser.signIn("checker2", "FACT_CHECKER");
        VerdictDetails approved = verdicts.approve(claim.id(), version());
        assertThat(approved.approvedBy()).isEqualTo("checker2");
        assertThat(claims.get(claim.id()).status()).isEqualTo(ClaimStatus.VERIFIED);
        assertThat(audit.history("CLAIM", claim.id())).extracting(HistoryEntry::action)
                .containsSubsequence("EXTRACTED", "SOURCE_ADDED", "VERDICT", "APPROVED");
    }

    @Test
    void a_verified_claim_must_be_reopened_before_a_new_verdict() {
        evidence.addSource(claim.id(), source("https://one.example/a", Stance.CONTRADICTS));
        verdicts.setVerdict(claim.id(), new VerdictInput(Attribution.CONFIRMED, Rating.FALSE, "Refuted.", null, version()));
        AsUser.signIn("editor", "EDITOR");
        verdicts.approve(claim.id(), version());
        assertThatThrownBy(() -> verdicts.setVerdict(claim.id(),
                new VerdictInput(Attribution.CONFIRMED, Rating.MIXED, "Changed my mind.", null, version())))
                .isInstanceOf(InputRejectedException.class).hasMessageContaining("reopen");
        verdicts.reopen(claim.id(), version(), "new evidence");
        assertThat(claims.get(claim.id()).status()).isEqualTo(ClaimStatus.REOPENED);
        verdicts.setVerdict(claim.id(), new VerdictInput(Attribution.CONFIRMED, Rating.MIXED, "Changed my mind.", null, version()));
        assertThat(claims.get(claim.id()).status()).isEqualTo(ClaimStatus.AWAITING_APPROVAL);
    }

    @Test
    void a_verdict_on_a_stale_version_is_refused_and_nothing_is_overwritten() {
        evidence.addSource(claim.id(), source("https://one.example/a", Stance.CONTRADICTS));
        long seen = version();
        verdicts.setVerdict(claim.id(), new VerdictInput(Attribution.CONFIRMED, Rating.FALSE, "First.", null, seen));

        AsUser.signIn("checker2", "FACT_CHECKER");
        assertThatThrownBy(() -> verdicts.setVerdict(claim.id(),
                new VerdictInput(Attribution.MISATTRIBUTED, Rating.UNPROVEN, "Second, on an old page.", null, seen)))
                .isInstanceOfSatisfying(StaleClaimException.class, e -> assertThat(e.changedBy()).isEqualTo("checker"));
        assertThat(verdicts.verdict(claim.id()).orElseThrow().rationale()).isEqualTo("First.");
    }

    @Test
    void a_source_edit_and_removal_are_kept_in_the_history() {
        SourceDetails s = evidence.addSource(claim.id(), source("https://one.example/a", Stance.SUPPORTS));
        SourceDetails edited = evidence.editSource(claim.id(), s.id(), s.version(), source("https://one.example/a", Stance.CONTRADICTS));
        assertThat(edited.stance()).isEqualTo(Stance.CONTRADICTS);
        assertThatThrownBy(() -> evidence.removeSource(claim.id(), s.id(), s.version()))
                .isInstanceOf(org.claimdesk.shared.ConflictException.class);
        evidence.removeSource(claim.id(), s.id(), edited.version());
        assertThat(evidence.sources(claim.id())).isEmpty();
        assertThat(audit.history("CLAIM", claim.id())).extracting(HistoryEntry::action)
                .contains("SOURCE_ADDED", "SOURCE_EDITED", "SOURCE_REMOVED");
    }

    @Test
    void changing_the_sources_under_a_verdict_reopens_the_claim_and_approval_rechecks_the_rules() {
        SourceDetails one = evidence.addSource(claim.id(), source("https://first-outlet.example/a", Stance.SUPPORTS));
        evidence.addSource(claim.id(), source("https://second-outlet.example/b", Stance.SUPPORTS));
        verdicts.setVerdict(claim.id(), new VerdictInput(Attribution.CONFIRMED, Rating.TRUE, "Two outlets.", null, version()));
        evidence.removeSource(claim.id(), one.id(), one.version());
        assertThat(claims.get(claim.id()).status()).isEqualTo(ClaimStatus.REOPENED);

        AsUser.signIn("checker2", "FACT_CHECKER");
        assertThatThrownBy(() -> verdicts.approve(claim.id(), version()))
                .isInstanceOf(InputRejectedException.class);
        assertThat(claims.get(claim.id()).status()).isEqualTo(ClaimStatus.REOPENED);
    }

    @Test
    void subdomains_of_one_outlet_count_once() {
        evidence.addSource(claim.id(), source("https://news.big-outlet.example/a", Stance.SUPPORTS));
        evidence.addSource(claim.id(), source("https://www.big-outlet.example/b", Stance.SUPPORTS));
        evidence.addSource(claim.id(), source("https://m.big-outlet.co.uk/c", Stance.SUPPORTS));
        evidence.addSource(claim.id(), source("https://big-outlet.co.uk/d", Stance.SUPPORTS));
        assertThat(evidence.corroboration(claim.id()).supportingPublishers()).isEqualTo(2);
    }

    @Test
    void a_claim_with_a_verdict_waiting_for_approval_is_not_corrected_before_it_is_reopened() {
        evidence.addSource(claim.id(), source("https://one.example/a", Stance.CONTRADICTS));
        verdicts.setVerdict(claim.id(), new VerdictInput(Attribution.CONFIRMED, Rating.FALSE, "Refuted.", null, version()));
        assertThatThrownBy(() -> corrections.edit(claim.id(), version(),
                new org.claimdesk.claim.ClaimEdit("other words", claim.claimant(), null, claim.type())))
                .isInstanceOf(InputRejectedException.class).hasMessageContaining("reopen");
    }

    @Test
    void the_history_offers_no_way_to_change_or_delete_an_entry() {
        assertThat(Arrays.stream(AuditService.class.getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers())).map(java.lang.reflect.Method::getName))
                .containsOnly("history");
    }

    @Test
    void editors_rate_publishers_and_sources_show_the_rating() {
        assertThatThrownBy(() -> publishers.rate("rated.example", "Rated", Reliability.RELIABLE, null, -1))
                .isInstanceOf(AuthorizationDeniedException.class);
        AsUser.signIn("editor", "EDITOR");
        String domain = "rated-" + TestArticles.uniqueTag() + ".example";
        PublisherDetails p = publishers.rate("www." + domain, "Rated Daily", Reliability.UNRELIABLE, "corrections rare", -1);
        assertThat(p.domain()).isEqualTo(domain);
        assertThatThrownBy(() -> publishers.rate(domain, "Rated Daily", Reliability.MIXED, null, -1))
                .isInstanceOf(org.claimdesk.shared.ConflictException.class);
        assertThat(evidence.addSource(claim.id(), source("https://" + domain + "/x", Stance.SUPPORTS)).reliability())
                .isEqualTo(Reliability.UNRELIABLE);
        assertThat(publishers.find("never-rated.example").reliability()).isEqualTo(Reliability.UNRATED);
        assertThatThrownBy(() -> publishers.find("not a domain")).isInstanceOf(InputRejectedException.class);
    }

    @Test
    void admins_rename_the_rating_scale_with_a_valid_colour() {
        RatingLabelDetails mixed = ratings.labels().stream().filter(l -> l.rating() == Rating.MIXED).findFirst().orElseThrow();
        assertThatThrownBy(() -> ratings.update(Rating.MIXED, "Half true", "#aabbcc", 3, "Half.", mixed.version()))
                .isInstanceOf(AuthorizationDeniedException.class);
        AsUser.signIn("admin", "ADMIN");
        assertThatThrownBy(() -> ratings.update(Rating.MIXED, "Half true", "red", 3, "Half.", mixed.version()))
                .isInstanceOf(InputRejectedException.class).hasMessageContaining("#rrggbb");
        RatingLabelDetails renamed = ratings.update(Rating.MIXED, "Half true", "#AABBCC", 3, mixed.reviewText(), mixed.version());
        assertThat(renamed.label()).isEqualTo("Half true");
        assertThat(renamed.color()).isEqualTo("#aabbcc");
        ratings.update(Rating.MIXED, mixed.label(), mixed.color(), mixed.score(), mixed.reviewText(), renamed.version());
    }

    @Autowired
    org.claimdesk.claim.ClaimCorrections corrections;
    @Autowired
    org.claimdesk.claim.ClaimDiscussion discussion;

    @Test
    void merging_two_claims_keeps_the_sources_and_comments_of_both() {
        String tag = TestArticles.uniqueTag();
        ArticleDetails a = articles.importArticle(new ArticleImport("Merge keeps " + tag, null, null, null, TestArticles.story(tag)));
        var sorted = a.claims().stream().sorted(java.util.Comparator.comparingInt(ClaimDetails::start)).toList();
        ClaimDetails first = sorted.get(sorted.size() - 2);
        ClaimDetails second = sorted.get(sorted.size() - 1);
        evidence.addSource(first.id(), source("https://one.example/a", Stance.SUPPORTS));
        evidence.addSource(second.id(), source("https://two.example/b", Stance.SUPPORTS));
        discussion.addComment(second.id(), "Worth checking with the union.");

        ClaimDetails merged = corrections.merge(first.id(), claims.get(first.id()).version(), second.id(),
                claims.get(second.id()).version(), first.id());

        assertThat(evidence.sources(merged.id())).extracting(SourceDetails::domain).containsExactlyInAnyOrder("one.example", "two.example");
        assertThat(discussion.comments(merged.id())).extracting(org.claimdesk.claim.CommentDetails::body)
                .containsExactly("Worth checking with the union.");
    }

    @Test
    void a_verdict_is_copied_with_its_sources_to_claims_marked_as_the_same_claim() {
        String tag = TestArticles.uniqueTag();
        ArticleDetails other = articles.importArticle(new ArticleImport("Elsewhere " + tag, null, null, null,
                TestArticles.story(tag)));
        ClaimDetails twin = other.claims().stream().filter(c -> c.text().contains("hectares")).findFirst().orElseThrow();
        // the import already suggested the link (same words in another article): the reviewer accepts it
        var suggested = links.linksOf(claim.id()).stream()
                .filter(l -> l.otherClaimId() == twin.id() && l.type() == LinkType.SAME_CLAIM).findFirst();
        assertThat(suggested).isPresent();
        links.decide(suggested.get().id(), true);
        evidence.addSource(claim.id(), source("https://one.example/a", Stance.CONTRADICTS));
        verdicts.setVerdict(claim.id(), new VerdictInput(Attribution.CONFIRMED, Rating.FALSE, "Refuted.", null, version()));
        assertThatThrownBy(() -> verdicts.copyToSameClaims(claim.id()))
                .isInstanceOf(InputRejectedException.class).hasMessageContaining("approved");
        AsUser.signIn("editor", "EDITOR");
        verdicts.approve(claim.id(), version());

        assertThat(verdicts.copyToSameClaims(claim.id())).containsExactly(twin.id());
        assertThat(verdicts.verdict(twin.id()).orElseThrow().rating()).isEqualTo(Rating.FALSE);
        assertThat(evidence.sources(twin.id())).hasSize(1);
        assertThat(claims.get(twin.id()).status()).isEqualTo(ClaimStatus.AWAITING_APPROVAL);
        assertThat(audit.history("CLAIM", twin.id())).extracting(HistoryEntry::action).contains("VERDICT_COPIED");
    }

    @Test
    void a_verdict_copy_is_all_or_nothing_per_target_claim() {
        String tag = TestArticles.uniqueTag();
        ClaimDetails clean = hectaresClaimOf(articles.importArticle(new ArticleImport("Copy clean " + tag, null, null,
                null, TestArticles.story(tag + "-clean"))));
        ClaimDetails disputed = hectaresClaimOf(articles.importArticle(new ArticleImport("Copy disputed " + tag, null,
                null, null, TestArticles.story(tag + "-disputed"))));
        acceptSameClaim(claim.id(), clean.id());
        acceptSameClaim(claim.id(), disputed.id());
        evidence.addSource(claim.id(), source("https://first-outlet.example/a", Stance.SUPPORTS));
        evidence.addSource(claim.id(), source("https://second-outlet.example/b", Stance.SUPPORTS));
        // the disputed claim read the second outlet's story as contradicting it: that source is not copied over
        // it, so the copy would rest on one supporting outlet only, and TRUE needs two
        evidence.addSource(disputed.id(), source("https://second-outlet.example/b", Stance.CONTRADICTS));
        ClaimStatus disputedStatus = claims.get(disputed.id()).status();
        verdicts.setVerdict(claim.id(), new VerdictInput(Attribution.CONFIRMED, Rating.TRUE, "Two outlets.", null, version()));
        AsUser.signIn("editor", "EDITOR");
        verdicts.approve(claim.id(), version());

        assertThat(verdicts.copyToSameClaims(claim.id())).containsExactly(clean.id());

        assertThat(evidence.sources(disputed.id())).extracting(SourceDetails::stance).containsExactly(Stance.CONTRADICTS);
        assertThat(verdicts.verdict(disputed.id())).isEmpty();
        assertThat(claims.get(disputed.id()).status()).isEqualTo(disputedStatus);
        assertThat(audit.history("CLAIM", disputed.id())).extracting(HistoryEntry::action)
                .containsOnlyOnce("SOURCE_ADDED").doesNotContain("VERDICT_COPIED");

        assertThat(evidence.sources(clean.id())).extracting(SourceDetails::domain)
                .containsExactlyInAnyOrder("first-outlet.example", "second-outlet.example");
        assertThat(verdicts.verdict(clean.id()).orElseThrow().rating()).isEqualTo(Rating.TRUE);
        assertThat(claims.get(clean.id()).status()).isEqualTo(ClaimStatus.AWAITING_APPROVAL);
    }

    private static ClaimDetails hectaresClaimOf(ArticleDetails article) {
        return article.claims().stream().filter(c -> c.text().contains("hectares")).findFirst().orElseThrow();
    }

    /** Accepts the link import suggested between the two claims, or makes it by hand when none was suggested. */
    private void acceptSameClaim(long from, long to) {
        var suggested = links.linksOf(from).stream()
                .filter(l -> l.otherClaimId() == to && l.type() == LinkType.SAME_CLAIM).findFirst();
        if (suggested.isPresent()) {
            links.decide(suggested.get().id(), true);
        } else {
            links.link(from, to, LinkType.SAME_CLAIM);
        }
    }
}
