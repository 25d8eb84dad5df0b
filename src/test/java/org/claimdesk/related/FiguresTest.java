package org.claimdesk.related;

import org.claimdesk.related.Figures.Numeral;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FiguresTest {

    private static List<Numeral> numerals(String text) {
        String lower = Tokenizer.normalize(text);
        return Figures.numerals(lower, Tokenizer.tokenizeNormalized(lower));
    }

    @Test
    void a_count_names_what_it_counts_from_the_words_after_it_within_its_clause() {
        assertThat(numerals("some 11,000 North Korean soldiers were stationed in Kursk"))
                .containsExactly(new Numeral("", List.of("north", "korean", "soldier")));
        assertThat(numerals("it lost 300 tanks, officials said"))
                .containsExactly(new Numeral("", List.of("tank")));
        assertThat(numerals("the total was 12.5. Nobody knew more"))
                .containsExactly(new Numeral("", List.of()));
    }

    @Test
    void percentages_and_sums_of_money_have_a_unit_instead() {
        assertThat(numerals("unemployment rose to 5% and then 7 percent, costing $ 3 million and \u20AC4"))
                .extracting(Numeral::unit).containsExactly("%", "%", "$", "\u20AC");
    }

    @Test
    void digits_inside_a_word_are_not_a_figure() {
        assertThat(numerals("the F16 and the B52 flew")).isEmpty();
    }

    @Test
    void values_within_one_percent_are_equal() {
        assertThat(Figures.anyEqual(new double[] {11_000}, new double[] {11_050})).isTrue();
        assertThat(Figures.anyEqual(new double[] {11_000}, new double[] {10_000})).isFalse();
        assertThat(Figures.anyEqual(new double[] {5, 11_000}, new double[] {10_900, 7})).isTrue();
        assertThat(Figures.anyEqual(new double[] {}, new double[] {1})).isFalse();
    }

    @Test
    void figures_count_the_same_thing_by_unit_or_by_a_shared_counted_word() {
        Numeral soldiers = new Numeral("", List.of("north", "korean", "soldier"));
        Numeral moreSoldiers = new Numeral("", List.of("soldier"));
        Numeral tanks = new Numeral("", List.of("tank"));
        Numeral percent = new Numeral("%", List.of());

        assertThat(Figures.countSameThing(List.of(soldiers), List.of(moreSoldiers))).isTrue();
        assertThat(Figures.countSameThing(List.of(soldiers), List.of(tanks))).isFalse();
        assertThat(Figures.countSameThing(List.of(percent), List.of(new Numeral("%", List.of())))).isTrue();
        assertThat(Figures.countSameThing(List.of(percent), List.of(soldiers))).isFalse();
        assertThat(Figures.countSameThing(List.of(tanks, percent), List.of(new Numeral("%", List.of())))).isTrue();
    }

    @Test
    void only_finite_values_are_compared_and_they_read_with_thousands_separators() {
        double[] values = Figures.values(Arrays.asList(11_000.0, null, Double.NaN, 2.5, Double.POSITIVE_INFINITY));
        assertThat(values).containsExactly(11_000.0, 2.5);
        assertThat(Figures.values(null)).isEmpty();
        assertThat(Figures.format(values)).isEqualTo("11,000, 2.5");
    }
}
