package org.claimdesk.export;

import org.claimdesk.claim.ClaimRow;
import org.claimdesk.claim.ClaimSelection;
import org.claimdesk.claim.ClaimService;
import org.claimdesk.evidence.ClaimEvidence;
import org.claimdesk.evidence.EvidenceService;
import org.claimdesk.evidence.Rating;
import org.claimdesk.evidence.RatingLabelDetails;
import org.claimdesk.evidence.RatingScale;
import org.claimdesk.evidence.SourceDetails;
import org.claimdesk.evidence.VerdictDetails;
import org.claimdesk.review.AssignmentDetails;
import org.claimdesk.review.AssignmentService;
import org.claimdesk.security.TeamAccess;
import org.springframework.stereotype.Component;

import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the claims of an export a page at a time (keyset on the claim id). A page is read by the export's own
 * {@link ExportPageQuery} (three statements, plain values, no entities), scoped to the signed-in user's teams
 * ({@link TeamAccess#scope}), with the rating scale's labels: five statements per page however many claims it
 * holds. An export with a text query lets the claim module pick each page's claims (its full-text search), then
 * reads them the same way. One claim ({@link #one}) still goes through the owning modules' batch reads.
 * The caller owns the transaction (one read-only transaction per page).
 */
@Component
class ExportRows {

    /** Claims per page: large enough to keep queries few, small enough to keep memory flat. */
    static final int PAGE = ClaimService.MAX_SUMMARIES;

    private final ClaimService claims;
    private final EvidenceService evidence;
    private final org.claimdesk.evidence.VerdictService verdicts;
    private final AssignmentService assignments;
    private final RatingScale scale;
    private final PublicationRepository publications;
    private final PublisherSettings settings;
    private final ExportPageQuery pages;
    private final TeamAccess teams;

    ExportRows(ExportPageQuery pages, TeamAccess teams, ClaimService claims, EvidenceService evidence, org.claimdesk.evidence.VerdictService verdicts,
               AssignmentService assignments, RatingScale scale, PublicationRepository publications,
               PublisherSettings settings) {
        this.pages = pages;
        this.teams = teams;
        this.publications = publications;
        this.settings = settings;
        this.claims = claims;
        this.evidence = evidence;
        this.verdicts = verdicts;
        this.assignments = assignments;
        this.scale = scale;
    }

    /** How many claims the filter matches now (404 for another team's article or team). */
    long count(ExportFilter filter) {
        return claims.count(selection(filter));
    }

    /** The next page after claim {@code afterId}; empty at the end. */
    List<ExportRow> page(ExportFilter filter, long afterId) {
        Map<Rating, RatingLabelDetails> byRating = new EnumMap<>(Rating.class);
        scale.labels().forEach(l -> byRating.put(l.rating(), l));
        ExportPageQuery.Labels labels = new ExportPageQuery.Labels(byRating, settings.publicBaseUrl());
        if (filter.query() != null) {
            // which claims match words is the claim module's (full-text on PostgreSQL, like on H2)
            List<Long> ids = claims.rowsAfter(selection(filter), afterId, PAGE).stream().map(ClaimRow::id).toList();
            return pages.rows(ids, labels);
        }
        return pages.page(filter, teams.scope(), afterId, PAGE, labels);
    }

    /** One claim as an export row (another team's: not found), whatever its status. */
    ExportRow one(long claimId) {
        return complete(List.of(claims.row(claimId))).getFirst();
    }

    /** The claims with their verdicts, evidence, assignments, rating labels and public pages: a query each. */
    private List<ExportRow> complete(List<ClaimRow> page) {
        List<Long> ids = page.stream().map(ClaimRow::id).toList();
        Map<Long, VerdictDetails> verdictOf = verdicts.forClaims(ids);
        Map<Long, ClaimEvidence> evidenceOf = evidence.forClaims(ids);
        Map<Long, AssignmentDetails> assignmentOf = assignments.forClaims(ids);
        Map<Long, Publication> publicationOf = new java.util.HashMap<>();
        publications.findByClaimIdIn(ids).forEach(p -> publicationOf.put(p.getClaimId(), p));
        Map<Rating, RatingLabelDetails> labels = new EnumMap<>(Rating.class);
        scale.labels().forEach(l -> labels.put(l.rating(), l));
        return page.stream().map(c -> row(c, verdictOf.get(c.id()), evidenceOf.get(c.id()),
                assignmentOf.get(c.id()), labels, publicationOf.get(c.id()), settings.publicBaseUrl())).toList();
    }

    /** The title of an article the caller sees (from its first claim: the claim module knows it), if it has claims. */
    java.util.Optional<String> articleTitle(long articleId) {
        return claims.rowsAfter(new ClaimSelection(null, null, null, articleId, null, null, null), Long.MIN_VALUE, 1)
                .stream().findFirst().map(ClaimRow::articleTitle);
    }

    static ClaimSelection selection(ExportFilter f) {
        return new ClaimSelection(f.query(), f.statuses(), f.type(), f.articleId(), f.teamId(),
                f.from() == null ? null : f.from().atStartOfDay(ZoneOffset.UTC).toInstant(),
                f.to() == null ? null : f.to().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    private static ExportRow row(ClaimRow c, VerdictDetails v, ClaimEvidence e, AssignmentDetails a,
                                 Map<Rating, RatingLabelDetails> labels, Publication p, String publicBaseUrl) {
        RatingLabelDetails label = v == null ? null : labels.get(v.rating());
        List<ExportSource> sources = e == null ? List.of() : e.sources().stream().map(ExportRows::source).toList();
        return new ExportRow(c.id(), c.text(), c.claimant(), c.claimantDescription(), c.via(), c.type().name(),
                c.figures(), c.status().name(), c.articleId(), c.articleTitle(), c.articleUrl(),
                c.articlePublisher(), c.articlePublishedAt(), c.createdAt(),
                v == null ? null : v.attribution().name(),
                v == null ? null : v.rating().name(),
                label == null ? null : label.label(),
                label == null ? null : label.score(),
                v == null ? null : v.rationale(),
                v == null ? null : v.author(),
                v == null ? null : v.decidedAt(),
                v == null ? null : v.approvedBy(),
                v == null ? null : v.approvedAt(),
                sources,
                e == null ? 0 : e.corroboration().supportingPublishers(),
                a == null ? null : a.assignee(),
                p == null ? ClaimReviewed.shortForm(c.text()) : p.getClaimReviewed(),
                // only a page readers can open: an unpublished one is gone (410)
                p == null || p.getState() == PublicationState.UNPUBLISHED ? null
                        : FactCheckUrls.urlOfSlug(publicBaseUrl, p.getSlug()));
    }

    private static ExportSource source(SourceDetails s) {
        return new ExportSource(s.url(), s.title(), s.publisher(), s.stance().name(), s.publishedAt(), s.archivedUrl(),
                s.reliability().name());
    }
}
