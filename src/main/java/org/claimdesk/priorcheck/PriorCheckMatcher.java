package org.claimdesk.priorcheck;

import org.claimdesk.extraction.ClaimExtractor;
import org.claimdesk.related.Candidate;
import org.claimdesk.related.RelatedClaimFinder;
import org.claimdesk.related.Relation;
import org.claimdesk.related.Suggestion;

import java.util.ArrayList;
import java.util.List;

/**
 * The boundary to the related-claims finder: a prior check is a {@link Candidate} like a claim, and a
 * suggestion the finder would make between two claims as the same claim ({@link Relation#SAME_CLAIM}: its
 * wording rules, with their thresholds) is a suggested link from the claim to the prior check. Contradictions
 * are not "already checked" and are left out. No similarity of its own.
 */
final class PriorCheckMatcher {

    /**
     * The "article" of every prior check: none of a claim's articles (their ids are positive), so a prior check
     * and a claim may be the same claim; two prior checks never are, and are not what is asked for anyway.
     */
    static final long PRIOR_CHECK_ARTICLE = -1;

    /**
     * Fresh candidates go to the finder a few at a time: it keeps at most {@value RelatedClaimFinder#MAX_SUGGESTIONS}
     * suggestions a call, {@value RelatedClaimFinder#MAX_PER_CLAIM} per fresh one, so ten a call never hits the
     * overall limit.
     */
    static final int BATCH = RelatedClaimFinder.MAX_SUGGESTIONS / RelatedClaimFinder.MAX_PER_CLAIM;

    private static final ClaimExtractor FIGURES = ClaimExtractor.standard();

    /** A suggested link: claim, prior check, and the finder's reason ("similar wording (Jaccard 0.64)"). */
    record Pair(long claimId, long priorCheckId, String reason) {
    }

    private PriorCheckMatcher() {
    }

    /**
     * Where prior checks' ids start as the finder sees them: below every claim's id (claims' are positive), so the
     * two never collide, and in the same order, so among equally good matches the newest prior check comes first
     * as the newest claim does.
     */
    static final long ID_BASE = Long.MIN_VALUE / 2;

    /**
     * A prior check as the finder sees it. Its figures are read by the extraction engine, as a claim's were, so
     * "12,000 soldiers" is not the same claim as "11,000".
     */
    static Candidate candidate(long priorCheckId, String claimReviewed, String claimant) {
        List<Double> values = FIGURES.quantitiesIn(claimReviewed).stream().map(q -> q.value()).toList();
        return new Candidate(ID_BASE + priorCheckId, PRIOR_CHECK_ARTICLE, claimReviewed, claimant, values);
    }

    /** Same-claim pairs between fresh candidates and existing ones, one side claims and the other prior checks. */
    static List<Pair> sameClaims(List<Candidate> fresh, List<Candidate> existing) {
        List<Pair> pairs = new ArrayList<>();
        if (fresh.isEmpty() || existing.isEmpty()) {
            return pairs;
        }
        for (int i = 0; i < fresh.size(); i += BATCH) {
            for (Suggestion s : RelatedClaimFinder.suggest(fresh.subList(i, Math.min(fresh.size(), i + BATCH)), existing)) {
                if (s.relation() != Relation.SAME_CLAIM || (s.fromId() < 0) == (s.toId() < 0)) {
                    continue; // contradictions, and pairs of two claims or two prior checks
                }
                long claimId = Math.max(s.fromId(), s.toId());
                long priorCheckId = Math.min(s.fromId(), s.toId()) - ID_BASE;
                pairs.add(new Pair(claimId, priorCheckId, s.reason()));
            }
        }
        return pairs;
    }
}
