package org.claimdesk.priorcheck;

import org.claimdesk.related.Candidate;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The finder's same-claim rules, applied between claims and prior checks; nothing of its own. */
class PriorCheckMatcherTest {

    private static final Candidate CLAIM = new Candidate(41, 7,
            "about 11,000 North Korean soldiers were already deployed in Russia's Kursk region",
            "Volodymyr Zelenskyy", List.of(11000.0));

    @Test
    void the_same_claim_in_other_words_is_matched_both_ways() {
        Candidate check = PriorCheckMatcher.candidate(3, "Some 11,000 soldiers from North Korea have been deployed to "
                + "the Kursk region of Russia", "Zelenskyy");

        assertThat(PriorCheckMatcher.sameClaims(List.of(check), List.of(CLAIM)))
                .singleElement().satisfies(p -> {
                    assertThat(p.claimId()).isEqualTo(41);
                    assertThat(p.priorCheckId()).isEqualTo(3);
                    assertThat(p.reason()).contains("similar wording");
                });
        assertThat(PriorCheckMatcher.sameClaims(List.of(CLAIM), List.of(check)))
                .extracting(PriorCheckMatcher.Pair::priorCheckId).containsExactly(3L);
    }

    @Test
    void another_figure_or_another_subject_is_not_the_same_claim() {
        Candidate otherFigure = PriorCheckMatcher.candidate(4, "Some 12,000 soldiers from North Korea have been "
                + "deployed to the Kursk region of Russia", "Zelenskyy");
        Candidate otherSubject = PriorCheckMatcher.candidate(5, "The harbour will grow by 1.2 kilometers", "Port director");

        assertThat(PriorCheckMatcher.sameClaims(List.of(otherFigure, otherSubject), List.of(CLAIM))).isEmpty();
    }

    @Test
    void two_prior_checks_are_never_paired_with_each_other() {
        Candidate a = PriorCheckMatcher.candidate(6, "North Korea deployed 11,000 soldiers to Kursk", null);
        Candidate b = PriorCheckMatcher.candidate(7, "North Korea deployed 11,000 soldiers to Kursk", null);

        assertThat(PriorCheckMatcher.sameClaims(List.of(a, b), List.of())).isEmpty();
        assertThat(PriorCheckMatcher.sameClaims(List.of(a), List.of(b))).isEmpty();
    }
}
