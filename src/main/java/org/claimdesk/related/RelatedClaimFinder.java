package org.claimdesk.related;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * Suggests links between claims: the same claim in another article, a contradiction (a negated statement of
 * the same event, the same subject with another figure). The rules are in {@link Rules}.
 *
 * <p>Stateless and thread-safe: every call builds its own working data; the only shared state is immutable
 * (word lists, compiled patterns).
 */
public final class RelatedClaimFinder {

    /** At most this many suggestions in all, for one import. */
    public static final int MAX_SUGGESTIONS = 50;
    /** At most this many for one fresh claim, so that one widely repeated claim cannot crowd out the rest. */
    public static final int MAX_PER_CLAIM = 5;

    /**
     * Contradictions first, then by word overlap; ties go to the newest other claim (the highest id), which is
     * the one a reviewer most likely remembers, then in a stable order.
     */
    static final Comparator<Match> BEST_FIRST = Comparator
            .comparing((Match m) -> m.basis().relation() == Relation.CONTRADICTS ? 0 : 1)
            .thenComparing(Comparator.comparingDouble(Match::jaccard).reversed())
            .thenComparing(Comparator.comparingLong((Match m) -> m.to().candidate().id()).reversed())
            .thenComparingLong(m -> m.from().candidate().id());

    private RelatedClaimFinder() {
    }

    /**
     * Suggestions between each fresh claim and the others: the other fresh claims (each unordered pair once) and
     * the existing ones. A claim is never paired with itself; an existing claim with a fresh claim's id is
     * skipped; nulls are ignored. Best first, at most {@value #MAX_PER_CLAIM} per fresh claim and
     * {@value #MAX_SUGGESTIONS} in all.
     */
    public static List<Suggestion> suggest(List<Candidate> fresh, List<Candidate> existing) {
        Vocabulary vocabulary = new Vocabulary();
        Set<Long> freshIds = new HashSet<>();
        List<PreparedClaim> freshClaims = prepareAll(fresh, freshIds, Set.of(), vocabulary);
        List<PreparedClaim> existingClaims = prepareAll(existing, new HashSet<>(), freshIds, vocabulary);

        Map<Long, PriorityQueue<Match>> kept = new HashMap<>();
        for (int i = 0; i < freshClaims.size(); i++) {
            PreparedClaim from = freshClaims.get(i);
            for (int j = i + 1; j < freshClaims.size(); j++) {
                PreparedClaim to = freshClaims.get(j);
                keep(kept, Rules.evaluate(from, to, Vocabulary.sharedCount(from.words(), to.words())));
            }
        }
        // existing claims: only those sharing a word with the fresh one are looked at
        CandidateIndex index = new CandidateIndex(existingClaims.stream().map(PreparedClaim::words).toList(),
                vocabulary.size());
        for (PreparedClaim from : freshClaims) {
            index.forEachOverlap(from.words(),
                    (claim, shared) -> keep(kept, Rules.evaluate(from, existingClaims.get(claim), shared)));
        }

        List<Match> best = new ArrayList<>();
        kept.values().forEach(best::addAll);
        best.sort(BEST_FIRST);
        List<Suggestion> suggestions = new ArrayList<>(Math.min(best.size(), MAX_SUGGESTIONS));
        for (Match match : best.subList(0, Math.min(best.size(), MAX_SUGGESTIONS))) {
            // reasons are written only for the suggestions that are kept
            suggestions.add(new Suggestion(match.from().candidate().id(), match.to().candidate().id(),
                    match.basis(), Rules.reason(match)));
        }
        return suggestions;
    }

    /** Keeps the best {@value #MAX_PER_CLAIM} matches of each fresh claim. */
    private static void keep(Map<Long, PriorityQueue<Match>> kept, Match match) {
        if (match == null) {
            return;
        }
        PriorityQueue<Match> ofClaim = kept.computeIfAbsent(match.from().candidate().id(),
                id -> new PriorityQueue<>(BEST_FIRST.reversed()));
        ofClaim.add(match);
        if (ofClaim.size() > MAX_PER_CLAIM) {
            ofClaim.poll();
        }
    }

    private static List<PreparedClaim> prepareAll(List<Candidate> candidates, Set<Long> seenIds, Set<Long> skipIds,
                                                  Vocabulary vocabulary) {
        if (candidates == null) {
            return List.of();
        }
        List<PreparedClaim> prepared = new ArrayList<>(candidates.size());
        for (Candidate candidate : candidates) {
            if (candidate == null || skipIds.contains(candidate.id()) || !seenIds.add(candidate.id())) {
                continue; // a claim is never compared with itself, nor a pair twice
            }
            prepared.add(PreparedClaim.of(candidate, vocabulary));
        }
        return prepared;
    }
}
