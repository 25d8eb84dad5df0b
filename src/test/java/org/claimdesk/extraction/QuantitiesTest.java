package org.claimdesk.extraction;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class QuantitiesTest {

    private static List<ExtractedQuantity> of(String s) {
        return Quantities.find(s).stream().map(Quantities.Found::quantity).toList();
    }

    private static ExtractedQuantity one(String s) {
        List<ExtractedQuantity> qs = of(s);
        assertEquals(1, qs.size(), () -> "quantities of " + s + ": " + qs);
        return qs.get(0);
    }

    @Test
    void a_counted_noun_becomes_the_unit_and_an_approximator_makes_it_approximate() {
        ExtractedQuantity q = one("some 11,000 North Korean soldiers were stationed there");
        assertEquals(11000, q.value());
        assertEquals("soldiers", q.unit());
        assertTrue(q.approximate());
        assertEquals("some 11,000 North Korean soldiers", q.text());
    }

    @Test
    void currency_with_a_scale_word_is_normalized() {
        ExtractedQuantity q = one("a profit of $2.3 billion");
        assertEquals(2.3e9, q.value(), 1);
        assertEquals("USD", q.unit());
        assertEquals("€4.5bn", one("a loss of €4.5bn").text());
        assertEquals("GBP", one("a fine of £12m").unit());
        assertEquals(12e6, one("a fine of £12m").value(), 1);
        assertEquals("KRW", one("a budget of 5 trillion won").unit());
        assertEquals("EUR", one("cost 45 million euros this year").unit());
    }

    @Test
    void percentages_in_every_spelling() {
        assertEquals("percent", one("rose 12.5 percent").unit());
        assertEquals(12.5, one("rose 12.5 percent").value());
        assertEquals("percent", one("fell 3% in May").unit());
        assertEquals("percent", one("grew 4 per cent").unit());
        assertEquals(-1.8, one("changed by -1.8 percent").value());
    }

    @Test
    void units_of_measure() {
        assertEquals("kilometers", one("extend the quay by 1.2 kilometers").unit());
        assertEquals("hectares", one("about 2,500 hectares of crops").unit());
        assertEquals("tonnes", one("reach 18.2 million tonnes").unit());
        assertEquals(18.2e6, one("reach 18.2 million tonnes").value(), 1);
    }

    @Test
    void a_range_shares_its_scale_and_unit() {
        List<ExtractedQuantity> qs = of("between 4 billion and 5.5 billion euros");
        assertEquals(2, qs.size());
        assertEquals(4e9, qs.get(0).value(), 1);
        assertEquals("EUR", qs.get(0).unit());
        assertEquals(5.5e9, qs.get(1).value(), 1);
        List<ExtractedQuantity> dash = of("5-7 million people");
        assertEquals(5e6, dash.get(0).value(), 1);
        assertEquals(7e6, dash.get(1).value(), 1);
    }

    @Test
    void a_percentage_followed_by_an_amount_is_not_a_range() {
        List<ExtractedQuantity> qs = of("Revenue rose 9.4% to $14.6 billion");
        assertEquals(9.4, qs.get(0).value());
        assertEquals(14.6e9, qs.get(1).value(), 1);
    }

    @Test
    void approximators_are_recognized() {
        for (String a : List.of("about", "around", "roughly", "nearly", "almost", "approximately", "up to",
                "more than", "over", "at least", "an estimated")) {
            assertTrue(one(a + " 300 people").approximate(), a);
        }
        assertFalse(one("300 people").approximate());
    }

    @Test
    void years_dates_times_ordinals_and_ages_are_not_quantities() {
        assertTrue(of("The reservoir was built in 1961.").isEmpty());
        assertTrue(of("It happened on Oct. 28 and March 3.").isEmpty());
        assertTrue(of("They met at 10:30 and again at 5 p.m.").isEmpty());
        assertTrue(of("It happened on the 21st.").isEmpty());
        assertTrue(of("The 21st of May was wet.").isEmpty());
        assertTrue(of("A 54-year-old man was arrested.").isEmpty());
        assertTrue(of("The F-16 and the A320 flew.").isEmpty());
    }

    @Test
    void number_words_count_only_before_a_plural_noun() {
        assertEquals(2, one("two people were hurt").value());
        assertEquals(12, one("a dozen reactors").value());
        assertTrue(of("the two of them").isEmpty());
    }
}
