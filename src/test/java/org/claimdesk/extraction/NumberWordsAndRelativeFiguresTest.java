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
        assertEquals(List.of(3.0), figures("The strike lasted three weeks.")); // a duration in words counts
        assertEquals(List.of(6.0, 9.0), figures("Teenagers need six to 9 hours of sleep."));
        assertEquals(List.of(5.0, 8.0), figures("Five of the eight judges agreed."));
        assertTrue(figures("One of the largest ports, the two of them said.").isEmpty());
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
        assertEquals(2.0 / 3, figures("Two-thirds of the stations were shut.").get(0), 1e-9); // the corpus labels 0.6666666667
        assertEquals(List.of(0.5), figures("Nearly half of them lacked staff."));
        assertEquals(List.of(0.25), figures("A quarter of the budget went to roads."));
        assertTrue(figures("Sales improve in the second half of the year.").isEmpty());
        assertEquals(List.of(0.25), figures("The new line carries a quarter more passengers."));
        assertEquals(List.of(2.0), figures("The plan would double the fleet."));
        assertEquals(List.of(0.5), figures("Delays were cut by half."));
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
