package org.claimdesk.related;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NegationTest {

    private static Negation of(String text) {
        String lower = Tokenizer.normalize(text);
        return Negation.in(lower, Tokenizer.tokenizeNormalized(lower));
    }

    @Test
    void not_yet_negates_the_next_two_content_words() {
        Negation negation = of("North Korean troops have not yet engaged in full-fledged combat");

        assertThat(negation.negated()).isTrue();
        assertThat(negation.cueStart()).isEqualTo("north korean troops have ".length());
        assertThat(negation.cueEnd()).isEqualTo("north korean troops have not yet".length());
        assertThat(negation.scope()).containsExactly("engag", "full");
    }

    @Test
    void a_denial_negates_the_whole_rest_of_the_claim() {
        assertThat(of("Moscow denied that its drones struck the power plant").scope())
                .containsExactly("dron", "struck", "power", "plant");
    }

    @Test
    void contractions_with_either_apostrophe_are_negations() {
        assertThat(of("The mayor hasn't signed the order").scope()).containsExactly("sign", "order");
        assertThat(of("The mayor hasn\u2019t signed the order").scope()).containsExactly("sign", "order");
        assertThat(of("Officials can't confirm it").negated()).isTrue();
    }

    @Test
    void a_cue_with_nothing_after_it_negates_nothing_in_particular() {
        Negation negation = of("Troops struck the plant, which Moscow denied");
        assertThat(negation.negated()).isTrue();
        assertThat(negation.scope()).isEmpty();
    }

    @Test
    void not_only_a_number_sign_and_words_containing_a_cue_are_not_negations() {
        assertThat(of("The storm not only flooded the harbour but also damaged it")).isEqualTo(Negation.NONE);
        assertThat(of("Route no. 5 was closed")).isEqualTo(Negation.NONE);
        assertThat(of("Another notice: nothingness knows no bounds").negated()).isTrue(); // "no bounds"
        assertThat(of("Another notice about a nonstop nordic tour")).isEqualTo(Negation.NONE);
        assertThat(of(null)).isEqualTo(Negation.NONE);
    }

    @Test
    void the_reason_quotes_the_cue_and_the_shared_words_after_it_in_the_original_casing() {
        assertThat(Negation.reason("North Korean troops have Not Yet engaged in full-fledged Combat",
                "the first combat engagement between North Korean troops"))
                .isEqualTo("one says 'Not Yet \u2026 engaged \u2026 Combat', the other does not");
    }

    @Test
    void the_reason_falls_back_to_shared_words_before_the_cue() {
        assertThat(Negation.reason("The port expansion was never approved", "The port expansion begins"))
                .isEqualTo("one says 'port \u2026 expansion \u2026 never', the other does not");
    }

    @Test
    void the_reason_of_a_text_without_a_cue_says_only_that_one_is_negated() {
        assertThat(Negation.reason("The port grew", "The port did not grow"))
                .isEqualTo("one is negated, the other is not");
    }
}
