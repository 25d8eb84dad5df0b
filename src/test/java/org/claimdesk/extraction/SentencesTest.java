package org.claimdesk.extraction;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class SentencesTest {

    private static List<String> split(String text) {
        return Sentences.split(text).stream().map(s -> text.substring(s.start(), s.end())).toList();
    }

    @Test
    void splits_after_a_full_stop_followed_by_a_capital() {
        assertEquals(List.of("The board met.", "It agreed a plan."), split("The board met. It agreed a plan."));
    }

    @Test
    void does_not_split_after_titles_and_abbreviations() {
        String text = "Dr. Ana Ruiz met Gen. Lee and Sen. Park in the U.S. Capitol on Oct. 28 at 9 a.m. Monday.";
        assertEquals(List.of(text), split(text));
    }

    @Test
    void does_not_split_after_a_single_initial() {
        String text = "Robert J. Smith said the talks failed.";
        assertEquals(List.of(text), split(text));
    }

    @Test
    void does_not_split_inside_decimals() {
        String text = "Prices rose 2.5 percent. Wages fell.";
        assertEquals(List.of("Prices rose 2.5 percent.", "Wages fell."), split(text));
    }

    @Test
    void keeps_a_quotation_that_continues_in_one_sentence() {
        String text = "\"We will win. We must,\" he said. Then he left.";
        assertEquals(List.of("\"We will win. We must,\" he said.", "Then he left."), split(text));
    }

    @Test
    void splits_paragraphs_and_headlines_on_line_breaks() {
        List<String> parts = split("Headline without a stop\n\nFirst paragraph here.\nSecond line paragraph.");
        assertEquals(List.of("Headline without a stop", "First paragraph here.", "Second line paragraph."), parts);
    }

    @Test
    void joins_a_hard_wrapped_sentence() {
        assertEquals(List.of("The minister said the plan\nwould work."), split("The minister said the plan\nwould work."));
    }

    @Test
    void numbers_paragraphs_in_order() {
        List<Sentences.Span> spans = Sentences.split("A one. A two.\n\nB three.");
        assertEquals(0, spans.get(0).paragraph());
        assertEquals(0, spans.get(1).paragraph());
        assertEquals(1, spans.get(2).paragraph());
    }
}
