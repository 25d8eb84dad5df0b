package org.claimdesk.related;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** One pair at a time: which rule links it, at the thresholds' edges. */
class RulesTest {

    private final Vocabulary vocabulary = new Vocabulary();

    private Match evaluate(Candidate a, Candidate b) {
        PreparedClaim from = PreparedClaim.of(a, vocabulary);
        PreparedClaim to = PreparedClaim.of(b, vocabulary);
        return Rules.evaluate(from, to, Vocabulary.sharedCount(from.words(), to.words()));
    }

    @Test
    void claims_without_a_shared_word_are_never_linked() {
        assertThat(evaluate(new Candidate(1, 1, "Troops crossed", null, List.of()),
                new Candidate(2, 2, "Prices fell", null, List.of()))).isNull();
    }

    @Test
    void the_same_wording_is_linked_across_articles_only() {
        Candidate one = new Candidate(1, 1, "The harbour quay grows by a kilometre", null, List.of());
        Candidate other = new Candidate(2, 2, "The harbour quay grows by a kilometre", null, List.of());
        Candidate sameArticle = new Candidate(3, 1, "The harbour quay grows by a kilometre", null, List.of());

        Match match = evaluate(one, other);
        assertThat(match.basis()).isEqualTo(Basis.WORDING);
        assertThat(match.jaccard()).isEqualTo(1.0);
        assertThat(Rules.reason(match)).isEqualTo("similar wording (Jaccard 1.00)");
        assertThat(evaluate(one, sameArticle)).isNull();
    }

    @Test
    void wording_below_the_threshold_is_linked_only_for_the_same_claimant() {
        // 3 shared of 5 words (Jaccard 0.6) links anyone's claims; 3 of 6 (0.5) only one person's
        Candidate three = new Candidate(1, 1, "harbour quay grows", "Ana Ruiz", List.of());
        Candidate five = new Candidate(2, 2, "harbour quay grows quickly eastward", "Ana Lopez", List.of());
        Candidate six = new Candidate(3, 3, "harbour quay grows quickly eastward overnight", "Luis Ruiz", List.of());
        Candidate sixOther = new Candidate(4, 4, "harbour quay grows quickly eastward overnight", "Ana Lopez", List.of());

        assertThat(evaluate(three, five).basis()).isEqualTo(Basis.WORDING);
        assertThat(evaluate(three, five).jaccard()).isEqualTo(0.6);
        assertThat(evaluate(three, six).basis()).isEqualTo(Basis.SAME_CLAIMANT_WORDING);
        assertThat(Rules.reason(evaluate(three, six))).isEqualTo("same claimant, similar wording (Jaccard 0.50)");
        assertThat(evaluate(three, sixOther)).isNull();
    }

    @Test
    void a_negation_beats_different_figures_and_the_reason_quotes_the_negated_claim() {
        Candidate plain = new Candidate(1, 1, "The quay grew by 1.2 kilometres", null, List.of(1.2));
        Candidate negated = new Candidate(2, 2, "The quay never grew by 2 kilometres", null, List.of(2.0));

        Match match = evaluate(plain, negated);
        assertThat(match.basis()).isEqualTo(Basis.NEGATION);
        assertThat(Rules.reason(match)).isEqualTo("one says 'never \u2026 grew \u2026 kilometres', the other does not");
    }
}
