package org.claimdesk.export;

import org.claimdesk.claim.ClaimDetails;
import org.claimdesk.claim.ClaimService;
import org.claimdesk.claim.ClaimStatus;
import org.claimdesk.security.CurrentUser;
import org.claimdesk.security.Role;
import org.claimdesk.shared.ChangeRecorded;
import org.claimdesk.shared.InputRejectedException;
import org.claimdesk.shared.Inputs;
import org.claimdesk.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Public fact-check pages. An editor publishes a verified claim (or every verified claim of an article): it gets a
 * stable address, {@code /fact-checks/{slug}}, readable without signing in, showing a snapshot of the claim, its
 * verdict and sources with the ClaimReview JSON-LD. Unpublishing removes the page (410). When the claim is
 * reopened the page says it is under review ({@link PublicationsFollowTheClaim}) until it is verified again,
 * which publishes a fresh snapshot. Each change is in the claim's history and raises {@link PublicationChanged}.
 */
@Service
public class PublishingService {

    /** The longest short form of a claim a public page shows (entity, service and form field). */
    public static final int MAX_CLAIM_REVIEWED = 300;

    private final PublicationRepository publications;
    private final ExportRows rows;
    private final ClaimService claims;
    private final ClaimReviewJson claimReviews;
    private final PublisherSettings settings;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final JsonMapper json;
    private final TransactionTemplate transactions;
    private final Clock clock;

    PublishingService(PublicationRepository publications, ExportRows rows, ClaimService claims,
                      ClaimReviewJson claimReviews, PublisherSettings settings, CurrentUser currentUser,
                      ApplicationEventPublisher events, JsonMapper json, PlatformTransactionManager transactionManager,
                      Clock clock) {
        this.publications = publications;
        this.rows = rows;
        this.claims = claims;
        this.claimReviews = claimReviews;
        this.settings = settings;
        this.currentUser = currentUser;
        this.events = events;
        this.json = json;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /** The claim's public page, if it ever had one (another team's claim: not found). */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.ANY_STAFF)
    public Optional<PublicationDetails> of(long claimId) {
        claims.get(claimId);
        return publications.findById(claimId).map(p -> p.details(settings.publicBaseUrl()));
    }

    /**
     * Publishes a verified claim, or publishes it again with a new short form; the address stays the one it got
     * first. {@code claimReviewed} is the short form of the claim the page and its ClaimReview show (blank: the
     * claim's trimmed text).
     */
    @Transactional
    @PreAuthorize(Role.EDITORS)
    public PublicationDetails publish(long claimId, String claimReviewed) {
        ClaimDetails claim = claims.get(claimId);
        if (claim.status() != ClaimStatus.VERIFIED) {
            throw new InputRejectedException("status", "Only a verified claim is published; this one is "
                    + claim.status().name().replace('_', ' ').toLowerCase() + ".");
        }
        String shortForm = Inputs.optionalText(claimReviewed, "claimReviewed", Publication.MAX_CLAIM_REVIEWED);
        Optional<Publication> existing = publications.findById(claimId);
        if (shortForm == null) {
            shortForm = existing.map(Publication::getClaimReviewed).orElse(ClaimReviewed.shortForm(claim.text()));
        }
        String text = shortForm;
        Publication p = existing.orElseGet(() -> new Publication(claimId, claim.teamId(),
                uniqueSlug(FactCheckUrls.slug(claimId, text))));
        String before = existing.map(x -> x.getState() + " " + x.getClaimReviewed()).orElse(null);
        PublicationChanged.Kind kind = existing.map(Publication::getState).orElse(null) == PublicationState.UNDER_REVIEW
                ? PublicationChanged.Kind.REVERIFIED : PublicationChanged.Kind.PUBLISHED;
        return snapshot(p, shortForm, before, kind).details(settings.publicBaseUrl());
    }

    /**
     * Publishes every verified claim of an article that has no page yet (or had one removed); each claim on its
     * own, so one refusal does not stop the others. Another team's article is not found.
     */
    @PreAuthorize(Role.EDITORS)
    public List<PublishResult> publishArticle(long articleId) {
        List<PublishResult> results = new ArrayList<>();
        for (ClaimDetails c : claims.claimsOfArticle(articleId)) {
            if (c.status() != ClaimStatus.VERIFIED) {
                continue;
            }
            Optional<Publication> p = publications.findById(c.id());
            if (p.isPresent() && p.get().getState() != PublicationState.UNPUBLISHED) {
                results.add(new PublishResult(c.id(), false, "already public at /fact-checks/" + p.get().getSlug()));
                continue;
            }
            try {
                PublicationDetails done = transactions.execute(status -> publish(c.id(), null));
                results.add(new PublishResult(c.id(), true, "published at " + done.url()));
            } catch (InputRejectedException | NotFoundException refused) {
                results.add(new PublishResult(c.id(), false, refused.getMessage()));
            }
        }
        return results;
    }

    /** Removes the claim's public page: its address answers 410 Gone from now on. */
    @Transactional
    @PreAuthorize(Role.EDITORS)
    public PublicationDetails unpublish(long claimId) {
        ClaimDetails claim = claims.get(claimId);
        Publication p = publications.findById(claimId).filter(x -> x.getState() != PublicationState.UNPUBLISHED)
                .orElseThrow(() -> new InputRejectedException("publication", "This claim is not published."));
        String actor = currentUser.name();
        Instant now = clock.instant();
        String before = p.getState().name();
        p.moveTo(PublicationState.UNPUBLISHED, actor, now);
        Publication saved = publications.saveAndFlush(p);
        changed(claim.articleId(), saved, before, PublicationChanged.Kind.UNPUBLISHED, null, actor, now);
        return saved.details(settings.publicBaseUrl());
    }

    /** The claim was reopened: its page, if public, says it is under review (no ClaimReview markup meanwhile). */
    void underReview(long claimId, Long articleId) {
        publications.findById(claimId).filter(p -> p.getState() == PublicationState.PUBLISHED).ifPresent(p -> {
            String actor = currentUser.name();
            Instant now = clock.instant();
            p.moveTo(PublicationState.UNDER_REVIEW, actor, now);
            Publication saved = publications.saveAndFlush(p);
            changed(articleId, saved, PublicationState.PUBLISHED.name(), PublicationChanged.Kind.UNDER_REVIEW, null,
                    actor, now);
        });
    }

    /** The claim was verified again: a page under review shows the new verdict, and is public in full again. */
    void verifiedAgain(long claimId) {
        publications.findById(claimId).filter(p -> p.getState() == PublicationState.UNDER_REVIEW)
                .ifPresent(p -> snapshot(p, p.getClaimReviewed(), PublicationState.UNDER_REVIEW.name(),
                        PublicationChanged.Kind.REVERIFIED));
    }

    /** The page of a slug as readers see it; empty when there never was one. */
    @Transactional(readOnly = true)
    public Optional<PublicPage> page(String slug) {
        if (slug == null || slug.length() > 80) {
            return Optional.empty();
        }
        return publications.findBySlug(slug).map(p -> {
            ExportRow row = json.readValue(p.getSnapshot(), ExportRow.class);
            return new PublicPage(row, p.getState(), p.getState() == PublicationState.PUBLISHED
                    ? claimReviews.claimReviewJson(row) : null);
        });
    }

    /** A public page: the snapshot it shows, its state, and its ClaimReview JSON-LD while fully public. */
    public record PublicPage(ExportRow row, PublicationState state, String claimReviewJson) {
    }

    private Publication snapshot(Publication p, String shortForm, String before, PublicationChanged.Kind kind) {
        String actor = currentUser.name();
        Instant now = clock.instant();
        ExportRow current = rows.one(p.getClaimId());
        ExportRow shown = withPage(current, shortForm, FactCheckUrls.urlOfSlug(settings.publicBaseUrl(), p.getSlug()));
        String snapshot = json.writeValueAsString(shown);
        if (snapshot.length() > Publication.MAX_SNAPSHOT) {
            throw new InputRejectedException("publication", "This claim has too much text and too many sources to "
                    + "publish as one page.");
        }
        p.publish(shortForm, snapshot, actor, now);
        Publication saved = publications.saveAndFlush(p);
        changed(current.articleId(), saved, before, kind, claimReviews.claimReviewJson(shown), actor, now);
        return saved;
    }

    private void changed(Long articleId, Publication p, String before, PublicationChanged.Kind kind, String claimReview,
                         String actor, Instant now) {
        events.publishEvent(new ChangeRecorded("CLAIM", p.getClaimId(), articleId, kind.name(), "publication", before,
                p.getState() + " " + p.getClaimReviewed(), actor, now));
        events.publishEvent(new PublicationChanged(p.getClaimId(), p.getTeamId(), p.getSlug(),
                FactCheckUrls.urlOfSlug(settings.publicBaseUrl(), p.getSlug()), kind, actor, now, claimReview));
    }

    /** The slug, or with a number after it in the (unlikely) case another claim's page took it. */
    private String uniqueSlug(String slug) {
        String candidate = slug;
        for (int n = 2; publications.findBySlug(candidate).isPresent(); n++) {
            candidate = slug + "-" + n;
        }
        return candidate;
    }

    private static ExportRow withPage(ExportRow r, String claimReviewed, String url) {
        return new ExportRow(r.claimId(), r.claimText(), r.claimant(), r.claimantDescription(), r.via(), r.type(),
                r.figures(), r.status(), r.articleId(), r.articleTitle(), r.articleUrl(), r.articlePublisher(),
                r.articlePublishedAt(), r.claimCreatedAt(), r.attribution(), r.rating(), r.ratingLabel(), r.ratingScore(),
                r.rationale(), null, r.decidedAt(), null, r.approvedAt(), r.sources(),
                // who wrote, approved or holds the claim is internal: user names never reach a public page
                r.independentOutlets(), null, claimReviewed, url);
    }
}
