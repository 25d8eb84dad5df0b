package org.claimdesk.claim;

import org.claimdesk.extraction.ClaimType;
import org.claimdesk.extraction.SentenceBounds;
import org.claimdesk.security.CurrentUser;
import org.claimdesk.security.Role;
import org.claimdesk.shared.ChangeRecorded;
import org.claimdesk.shared.InputRejectedException;
import org.claimdesk.shared.Inputs;
import org.claimdesk.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Objects;

/**
 * Fact-checkers' corrections of extraction: edit, delete, add from a selection, split, merge. Every
 * correction checks the version the user saw (a stale one is refused, naming who changed the claim and
 * when) and leaves a history entry with who, when, before and after.
 */
@Service
public class ClaimCorrections {

    static final String ENTITY = "CLAIM";

    private final ClaimRepository claims;
    private final ClaimArticleRepository articles;
    private final ClaimCommentRepository comments;
    private final ClaimLinkRepository links;
    private final ApplicationEventPublisher events;
    private final VisibleClaims visible;
    private final CurrentUser currentUser;
    private final Clock clock;

    ClaimCorrections(ClaimRepository claims, ClaimArticleRepository articles, ClaimCommentRepository comments,
                     ClaimLinkRepository links, ApplicationEventPublisher events, VisibleClaims visible,
                     CurrentUser currentUser, Clock clock) {
        this.visible = visible;
        this.clock = clock;
        this.currentUser = currentUser;
        this.claims = claims;
        this.articles = articles;
        this.comments = comments;
        this.links = links;
        this.events = events;
    }

    @Transactional
    @PreAuthorize(Role.ANY_STAFF)
    public ClaimDetails edit(long claimId, long version, ClaimEdit edit) {
        Claim c = current(claimId, version);
        String text = Inputs.requiredText(edit.text(), "text", "The claim text cannot be empty.", ClaimLimits.MAX_TEXT);
        String claimant = Inputs.requiredText(edit.claimant(), "claimant", "Say who makes the claim.", ClaimLimits.MAX_CLAIMANT);
        String description = Inputs.optionalText(edit.claimantDescription(), "claimantDescription",
                ClaimLimits.MAX_CLAIMANT_DESCRIPTION);
        if (edit.type() == null) {
            throw new InputRejectedException("type", "Choose the claim's type.");
        }
        String actor = actor();
        Instant now = clock.instant();
        record(c, "EDITED", "text", c.getText(), text, actor, now);
        record(c, "EDITED", "claimant", c.getClaimant(), claimant, actor, now);
        record(c, "EDITED", "claimantDescription", c.getClaimantDescription(), description, actor, now);
        record(c, "EDITED", "type", c.getType().name(), edit.type().name(), actor, now);
        c.setText(text);
        c.setClaimant(claimant);
        c.setClaimantDescription(description);
        c.setType(edit.type());
        c.touched(actor, now);
        return claims.saveAndFlush(c).details();
    }

    @Transactional
    @PreAuthorize(Role.ANY_STAFF)
    public void delete(long claimId, long version) {
        Claim c = current(claimId, version);
        publish(c, "DELETED", null, c.getClaimant() + ": " + c.getText(), null, actor(), clock.instant());
        claims.delete(c);
        claims.flush();
    }

    /**
     * Records the removal of every claim of an article that is being deleted (the database removes the rows
     * with the article); each claim's history keeps the entry.
     */
    @Transactional
    @PreAuthorize(Role.EDITORS)
    public void recordArticleDeletion(long articleId, String articleTitle) {
        visible.article(articleId);
        String actor = actor();
        Instant now = clock.instant();
        for (Claim c : claims.findByArticleIdOrderByStartAsc(articleId)) {
            publish(c, "DELETED", null, c.getClaimant() + ": " + c.getText(), "article deleted: " + articleTitle, actor, now);
        }
    }

    /** A claim the engine missed, marked by selecting its words in the article text. */
    @Transactional
    @PreAuthorize(Role.ANY_STAFF)
    public ClaimDetails addFromSelection(long articleId, int start, int end, String claimant, ClaimType type,
                                         List<NewQuantity> quantities) {
        ClaimArticle article = visible.article(articleId);
        String text = articles.findTextById(articleId);
        if (start < 0 || end > text.length() || end <= start) {
            throw new InputRejectedException("selection", "Select the claim's words in the article text first.");
        }
        String span = text.substring(start, end);
        if (span.isBlank()) {
            throw new InputRejectedException("selection", "The selection holds no words.");
        }
        // the claim's span is the selection without the spaces around it
        int s = start + (span.length() - span.stripLeading().length());
        int e = end - (span.length() - span.stripTrailing().length());
        String words = text.substring(s, e);
        if (words.length() > ClaimLimits.MAX_TEXT) {
            throw new InputRejectedException("selection", "A claim is at most " + ClaimLimits.MAX_TEXT + " characters.");
        }
        String who = Inputs.requiredText(claimant, "claimant", "Say who makes the claim.", ClaimLimits.MAX_CLAIMANT);
        ClaimType kind = type == null ? ClaimType.STATEMENT : type;
        String sentence = clip(SentenceBounds.around(text, s, e), ClaimLimits.MAX_SENTENCE);
        NewClaim n = new NewClaim(words, sentence.isEmpty() ? words : sentence, s, e, who, null, null, null, kind,
                quantities == null ? List.of() : quantities, List.of(), 0.5);
        String actor = actor();
        Instant now = clock.instant();
        Claim c = claims.saveAndFlush(new Claim(article, n, now, ClaimOrigin.MANUAL, actor));
        publish(c, "ADDED", null, null, who + ": " + words, actor, now);
        return c.details();
    }

    /**
     * Splits a claim at a character offset of its span: the first part keeps the claim, the second becomes a
     * new claim with the same attribution (claimant, cue such as "said", "via") and type; each figure goes with the
     * part whose words hold it.
     */
    @Transactional
    @PreAuthorize(Role.ANY_STAFF)
    public List<ClaimDetails> split(long claimId, long version, int offsetInSpan) {
        Claim c = current(claimId, version);
        String text = articles.findTextById(c.getArticleId());
        if (offsetInSpan <= 0 || offsetInSpan >= c.getEnd() - c.getStart()) {
            throw new InputRejectedException("offset", "Choose a split point inside the claim.");
        }
        if (!text.substring(c.getStart(), c.getEnd()).strip().equals(c.getText().strip())) {
            // the parts are cut from the article's words: splitting would silently drop the edited wording
            throw new InputRejectedException("offset", "This claim's words were edited, and a split works on the "
                    + "article's words. Correct the two parts by hand, or add the second part from a selection.");
        }
        int at = c.getStart() + offsetInSpan;
        String first = text.substring(c.getStart(), at).strip();
        String second = text.substring(at, c.getEnd()).strip();
        if (first.isEmpty() || second.isEmpty()) {
            throw new InputRejectedException("offset", "Both parts of a split need words.");
        }
        int firstEnd = c.getStart() + text.substring(c.getStart(), at).stripTrailing().length();
        int secondStart = at + (text.substring(at, c.getEnd()).length() - text.substring(at, c.getEnd()).stripLeading().length());
        String actor = actor();
        Instant now = clock.instant();
        String before = c.getText();
        c.respan(c.getStart(), firstEnd, first, c.getSentence());
        List<Quantity> moved = c.keepQuantitiesIn(first);
        c.touched(actor, now);
        Claim part = new Claim(c.getArticle(), new NewClaim(second, c.getSentence(), secondStart,
                secondStart + second.length(), c.getClaimant(), c.getClaimantDescription(), c.getCue(), c.getVia(), c.getType(),
                List.of(), List.of(), 0.5), now, ClaimOrigin.MANUAL, actor);
        part.addQuantities(moved);
        Claim savedPart = claims.saveAndFlush(part);
        Claim savedFirst = claims.saveAndFlush(c);
        publish(savedFirst, "SPLIT", "text", before, first, actor, now);
        publish(savedPart, "SPLIT_FROM", null, String.valueOf(savedFirst.getId()), second, actor, now);
        return List.of(savedFirst.details(), savedPart.details());
    }

    /**
     * What a merge of these two claims would give, or why it is refused; changes nothing. The UI shows it for
     * the person to confirm (and to choose a claimant when the two differ).
     */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.ANY_STAFF)
    public MergePreview previewMerge(long firstId, long secondId) {
        Claim a = visible.claim(firstId);
        Claim b = visible.claim(secondId);
        MergePlan plan = plan(a, b);
        return new MergePreview(firstId, secondId, plan.text(), a.getClaimant(), b.getClaimant());
    }

    /**
     * Merges two claims of one article and one claimant into the first: its span grows to cover both, the
     * figures are joined, the second claim is removed. Refused when the two are of different articles, when
     * the merged span would swallow another claim, and when their claimants differ and the caller did not say
     * which one stays ({@code keepClaimantOf}: the id of the claim whose claimant the merged claim keeps). Both
     * originals are recorded in full in the history.
     */
    @Transactional
    @PreAuthorize(Role.ANY_STAFF)
    public ClaimDetails merge(long firstId, long firstVersion, long secondId, long secondVersion, Long keepClaimantOf) {
        Claim a = current(firstId, firstVersion);
        Claim b = current(secondId, secondVersion);
        MergePlan plan = plan(a, b);
        Claim claimantFrom;
        if (keepClaimantOf == null) {
            if (!sameClaimant(a.getClaimant(), b.getClaimant())) {
                throw new InputRejectedException("keepClaimantOf", "The two claims have different claimants ("
                        + a.getClaimant() + "; " + b.getClaimant() + "): say which claimant the merged claim keeps.");
            }
            claimantFrom = a;
        } else if (keepClaimantOf == firstId || keepClaimantOf == secondId) {
            claimantFrom = keepClaimantOf == firstId ? a : b;
        } else {
            throw new InputRejectedException("keepClaimantOf", "The claimant kept must be one of the two merged claims'.");
        }
        String actor = actor();
        Instant now = clock.instant();
        String originals = describe(a) + "\n+ " + describe(b);
        List<Quantity> joined = b.getQuantities().stream().map(Quantity::copy).toList();
        publish(b, "MERGED_INTO", null, describe(b), "merged into claim #" + a.getId(), actor, now);
        // the discussion, links and other modules' records of the second claim move to the first
        comments.moveComments(b.getId(), a.getId());
        links.moveLinks(b.getId(), a.getId());
        events.publishEvent(new ClaimsMerged(b.getId(), a.getId()));
        String claimant = claimantFrom.getClaimant();
        String description = claimantFrom.getClaimantDescription();
        claims.delete(b);
        claims.flush();
        a.respan(plan.start(), plan.end(), plan.text(), plan.sentence());
        a.setClaimant(claimant);
        a.setClaimantDescription(description);
        a.addQuantities(joined);
        a.touched(actor, now);
        Claim saved = claims.saveAndFlush(a);
        publish(saved, "MERGED", null, originals, describe(saved), actor, now);
        return saved.details();
    }

    /** The span, words and sentence of two claims merged, or why they cannot be. */
    private MergePlan plan(Claim a, Claim b) {
        if (Objects.equals(a.getId(), b.getId())) {
            throw new InputRejectedException("claims", "Choose two different claims to merge.");
        }
        if (!Objects.equals(a.getArticleId(), b.getArticleId())) {
            throw new InputRejectedException("claims", "Only claims of the same article can be merged.");
        }
        int start = Math.min(a.getStart(), b.getStart());
        int end = Math.max(a.getEnd(), b.getEnd());
        List<String> swallowed = claims.findByArticleIdOrderByStartAsc(a.getArticleId()).stream()
                .filter(o -> !o.getId().equals(a.getId()) && !o.getId().equals(b.getId()))
                .filter(o -> o.getStart() < end && o.getEnd() > start)
                .map(o -> "#" + o.getId() + " (" + o.getClaimant() + ": " + clip(o.getText(), 60) + ")")
                .toList();
        if (!swallowed.isEmpty()) {
            throw new InputRejectedException("claims", "The merged claim would cover other claims: "
                    + String.join(", ", swallowed.subList(0, Math.min(3, swallowed.size())))
                    + (swallowed.size() > 3 ? " and " + (swallowed.size() - 3) + " more" : "")
                    + ". Merge only claims next to each other.");
        }
        String text = articles.findTextById(a.getArticleId());
        String merged = text.substring(start, end).strip();
        if (merged.length() > ClaimLimits.MAX_TEXT) {
            throw new InputRejectedException("claims", "The merged claim would be over " + ClaimLimits.MAX_TEXT + " characters.");
        }
        return new MergePlan(start, end, merged, clip(SentenceBounds.around(text, start, end), ClaimLimits.MAX_SENTENCE));
    }

    private record MergePlan(int start, int end, String text, String sentence) {
    }

    /** Two claimants are the same person when their names match ignoring case and surrounding spaces. */
    static boolean sameClaimant(String one, String other) {
        return one.strip().equalsIgnoreCase(other.strip());
    }

    /** A claim in full, for the history: enough to restore it by hand. */
    private static String describe(Claim c) {
        StringBuilder s = new StringBuilder("#").append(c.getId()).append(" · ").append(c.getClaimant());
        if (c.getClaimantDescription() != null) {
            s.append(" (").append(c.getClaimantDescription()).append(')');
        }
        s.append(" · ").append(c.getType()).append(" · characters ").append(c.getStart()).append('–').append(c.getEnd())
                .append(" · “").append(c.getText()).append('”');
        if (!c.getQuantities().isEmpty()) {
            s.append(" · figures: ").append(String.join("; ", c.getQuantities().stream()
                    .map(q -> q.view().text() + " = " + q.view().formattedValue()).toList()));
        }
        return s.toString();
    }

    /**
     * The claim if the caller saw its current version (otherwise a conflict naming who changed it when) and
     * its verdict is not waiting for approval or approved: changing the words under a verdict would make the
     * verdict cover something else, so such a claim is reopened first.
     */
    private Claim current(long claimId, long version) {
        Claim c = visible.claim(claimId);
        if (c.getVersion() != version) {
            throw new StaleClaimException(claimId, c.getVersion(), c.getUpdatedBy(), c.getUpdatedAt());
        }
        Optional<String> refused = whyNotCorrectable(c.getStatus());
        if (refused.isPresent()) {
            throw new InputRejectedException("status", refused.get());
        }
        return c;
    }

    /**
     * Why a claim in this status cannot be corrected or deleted, if it cannot: the claim page asks it to disable
     * Correct with the same words the service would refuse with.
     */
    public static Optional<String> whyNotCorrectable(ClaimStatus status) {
        if (status == ClaimStatus.AWAITING_APPROVAL || status == ClaimStatus.VERIFIED) {
            return Optional.of("This claim has a verdict " + (status == ClaimStatus.VERIFIED
                    ? "that was approved" : "waiting for approval") + "; reopen it before correcting it.");
        }
        return Optional.empty();
    }

    private void record(Claim c, String action, String field, String before, String after, String actor, Instant now) {
        if (!Objects.equals(before, after)) {
            publish(c, action, field, before, after, actor, now);
        }
    }

    private void publish(Claim c, String action, String field, String before, String after, String actor, Instant now) {
        events.publishEvent(new ChangeRecorded(ENTITY, c.getId(), c.getArticleId(), action, field, before, after, actor, now));
    }

    private static String clip(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    private String actor() {
        return currentUser.name();
    }
}
