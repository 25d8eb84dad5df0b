package org.claimdesk.related;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Objects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class TokenizerTest {

    private static List<String> stems(String text) {
        return Tokenizer.tokenize(text).stream().map(Token::stem).filter(Objects::nonNull).toList();
    }

    @Test
    void content_words_are_kept_as_stems_and_stop_words_numbers_and_single_letters_are_not() {
        assertThat(stems("The troops said they had NOT yet reached 3 of the 11,000 villages in area B"))
                .containsExactly("troop", "reach", "villag", "area");
    }

    @Test
    void every_word_has_its_offsets_in_the_normalized_text() {
        String text = "Drones struck, the mayor's office said.";
        List<Token> tokens = Tokenizer.tokenize(text);

        assertThat(tokens).extracting(t -> t.word(Tokenizer.normalize(text)), Token::start, Token::end)
                .containsExactly(
                        tuple("drones", 0, 6), tuple("struck", 7, 13), tuple("the", 15, 18), tuple("mayor", 19, 24),
                        tuple("s", 25, 26), tuple("office", 27, 33), tuple("said", 34, 38));
    }

    @Test
    void numbers_are_marked_as_digits_without_a_stem() {
        assertThat(Tokenizer.tokenize("about 2,500 hectares")).extracting(Token::stem, Token::digits)
                .containsExactly(tuple(null, false), tuple(null, true), tuple(null, true), tuple("hectar", false));
    }

    @Test
    void the_first_half_of_a_nt_contraction_is_marked_and_typographic_apostrophes_count() {
        assertThat(Tokenizer.tokenize("The mayor hasn\u2019t signed")).extracting(Token::stem, Token::contraction)
                .containsExactly(tuple(null, false), tuple("mayor", false), tuple(null, true), tuple(null, false),
                        tuple("sign", false));
    }

    @Test
    void normalizing_lower_cases_and_makes_apostrophes_plain_and_null_is_empty() {
        assertThat(Tokenizer.normalize("Russia\u2019s DRONES \u2018hit\u2019")).isEqualTo("russia's drones 'hit'");
        assertThat(Tokenizer.normalize(null)).isEmpty();
        assertThat(Tokenizer.tokenize(null)).isEmpty();
    }
}
