package org.claimdesk.extraction;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SentenceBoundsTest {

    private static final String TEXT = "Dr. Ana Ruiz said the line opens in May. The mayor disagreed.\n\nA new paragraph here.";

    @Test
    void a_span_inside_a_sentence_gives_the_whole_sentence_abbreviations_included() {
        int at = TEXT.indexOf("the line");
        assertThat(SentenceBounds.around(TEXT, at, at + 8)).isEqualTo("Dr. Ana Ruiz said the line opens in May.");
    }

    @Test
    void a_span_across_two_sentences_gives_both_and_never_crosses_into_the_next_paragraph() {
        int from = TEXT.indexOf("opens");
        int to = TEXT.indexOf("mayor") + 5;
        assertThat(SentenceBounds.around(TEXT, from, to))
                .isEqualTo("Dr. Ana Ruiz said the line opens in May. The mayor disagreed.");
    }
}
