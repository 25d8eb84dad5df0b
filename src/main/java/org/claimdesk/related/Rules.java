package org.claimdesk.related;

import java.util.Locale;

/**
 * What links one pair of claims, on content words (lowercased, stop words dropped, lightly stemmed, numbers
 * left out), the strongest rule first:
 * <ul>
 *   <li>{@link Basis#NEGATION}: the claims share {@value #MIN_SHARED_WORDS} content words or have a Jaccard
 *       similarity of at least {@value #NEGATION_JACCARD}, exactly one is negated, and the negation concerns
 *       something the other claim says.</li>
 *   <li>{@link Basis#DIFFERENT_FIGURES}: same subject ({@value #MIN_SHARED_WORDS} shared words or Jaccard at
 *       least {@value #FIGURE_JACCARD}), the figures count the same thing, and no figure of one equals a figure
 *       of the other within 1%.</li>
 *   <li>{@link Basis#WORDING} and {@link Basis#SAME_CLAIMANT_WORDING}: claims from different articles, with
 *       neither a negation difference nor differing figures, whose Jaccard similarity is at least
 *       {@value #SAME_CLAIM_JACCARD}, or at least {@value #SAME_CLAIMANT_JACCARD} when the claimants share a
 *       surname.</li>
 * </ul>
 */
final class Rules {

    static final double SAME_CLAIM_JACCARD = 0.6;
    static final double SAME_CLAIMANT_JACCARD = 0.45;
    static final double NEGATION_JACCARD = 0.25;
    static final double FIGURE_JACCARD = 0.4;
    static final int MIN_SHARED_WORDS = 3;

    private Rules() {
    }

    /** The strongest rule that links the pair, or null; {@code shared} is their number of shared words. */
    static Match evaluate(PreparedClaim from, PreparedClaim to, int shared) {
        if (shared == 0) {
            return null;
        }
        double jaccard = shared / (double) (from.words().length + to.words().length - shared);
        if (from.negated() != to.negated() && (shared >= MIN_SHARED_WORDS || jaccard >= NEGATION_JACCARD)
                && negationConcernsTheOther(from.negated() ? from : to, from.negated() ? to : from)) {
            return new Match(from, to, Basis.NEGATION, jaccard);
        }
        boolean figuresDiffer = from.values().length > 0 && to.values().length > 0
                && !Figures.anyEqual(from.values(), to.values());
        if (figuresDiffer && (shared >= MIN_SHARED_WORDS || jaccard >= FIGURE_JACCARD)
                && sameCountedThing(from, to, shared, jaccard)) {
            return new Match(from, to, Basis.DIFFERENT_FIGURES, jaccard);
        }
        if (from.candidate().articleId() == to.candidate().articleId() || from.negated() != to.negated()
                || figuresDiffer) {
            return null;
        }
        boolean sameClaimant = from.surname() != null && from.surname().equals(to.surname());
        if (jaccard >= SAME_CLAIM_JACCARD || (sameClaimant && jaccard >= SAME_CLAIMANT_JACCARD)) {
            return new Match(from, to, sameClaimant ? Basis.SAME_CLAIMANT_WORDING : Basis.WORDING, jaccard);
        }
        return null;
    }

    /** What a reviewer reads about a match. */
    static String reason(Match match) {
        PreparedClaim from = match.from();
        PreparedClaim to = match.to();
        String jaccard = " (Jaccard " + String.format(Locale.ROOT, "%.2f", match.jaccard()) + ")";
        return switch (match.basis()) {
            case NEGATION -> from.negated()
                    ? Negation.reason(from.candidate().text(), to.candidate().text())
                    : Negation.reason(to.candidate().text(), from.candidate().text());
            case DIFFERENT_FIGURES -> "same subject, different figures: " + Figures.format(from.values()) + " vs "
                    + Figures.format(to.values());
            case WORDING -> "similar wording" + jaccard;
            case SAME_CLAIMANT_WORDING -> "same claimant, similar wording" + jaccard;
        };
    }

    /**
     * The negation must deny something the other claim says: one of the first content words after the cue
     * (or, after "denied", any later word) is shared ("have not yet engaged in ... combat" vs "combat
     * engagement"), not just a subject around it ("North Korean troops ... have not yet engaged" vs "11,000
     * North Korean soldiers ..."). A cue with nothing after it (", which Moscow denied") is given the benefit of
     * the doubt.
     */
    private static boolean negationConcernsTheOther(PreparedClaim negated, PreparedClaim plain) {
        return negated.negationScope().length == 0
                || Vocabulary.sharedCount(negated.negationScope(), plain.words()) > 0;
    }

    /** When either text shows no numerals (the values came from elsewhere), only a clearly shared subject will do. */
    private static boolean sameCountedThing(PreparedClaim a, PreparedClaim b, int shared, double jaccard) {
        if (a.numerals().isEmpty() || b.numerals().isEmpty()) {
            return shared >= MIN_SHARED_WORDS && jaccard >= FIGURE_JACCARD;
        }
        return Figures.countSameThing(a.numerals(), b.numerals());
    }
}
