package org.claimdesk.extraction;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.claimdesk.extraction.NewsFormats.figures;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Kind 8: figures in words, ordinals, multipliers, fractions, per-share figures (the scorer's convention). */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class NumberWordsAndRelativeFiguresTest {

    @Test
    void cardinal_words_a_dozen_compound_adjectives_and_ranges() {
        assertEquals(List.of(7.0), figures("Seven bridges need repairs."));
        assertEquals(List.of(12.0), figures("A dozen more were closed."));
        assertEquals(List.of(3.0), figures("A three-judge panel heard the case."));
        assertEquals(List.of(4.0, 6.0), figures("Repairs will take four to six months."));
    }

    @Test
    void an_ordinal_before_a_noun_counts_a_date_does_not() {
        assertEquals(List.of(14.0), figures("It was the 14th collision this season."));
        assertTrue(figures("The vote is on the 14th.").isEmpty());
    }

    @Test
    void multipliers_have_their_factor() {
        assertEquals(List.of(2.0), figures("Rents doubled."));
        assertEquals(List.of(3.0), figures("Imports tripled."));
        assertEquals(List.of(4.0), figures("Claims rose four times."));
        assertEquals(List.of(1.8), figures("Costs rose 1.8-fold."));
    }

    @Test
    void fractions_have_their_value() {
        assertEquals(List.of(0.667), figures("Two-thirds of the stations were shut."));
        assertEquals(List.of(0.5), figures("Nearly half of them lacked staff."));
        assertEquals(List.of(0.25), figures("A quarter of the budget went to roads."));
        assertTrue(figures("Sales improve in the second half of the year.").isEmpty());
    }

    @Test
    void per_share_and_per_capita_figures() {
        assertEquals(List.of(0.94), figures("Profit was $0.94 per share."));
        assertEquals(List.of(52.0, 100000.0), figures("The region had 52 cases per 100,000 people."));
    }

    @Test
    void years_dates_ages_and_clock_times_are_not_quantities() {
        assertTrue(figures("In 2019, on March 3, the 61-year-old left at 7:45 p.m.").isEmpty());
    }
}
