package org.claimdesk.related;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ClaimantsTest {

    @Test
    void a_person_is_known_by_the_last_word_of_the_name_in_any_case() {
        assertThat(Claimants.surname("Volodymyr Zelenskyy")).isEqualTo("zelenskyy");
        assertThat(Claimants.surname("President ZELENSKYY")).isEqualTo("zelenskyy");
        assertThat(Claimants.surname("Rutte.")).isEqualTo("rutte");
    }

    @Test
    void roles_short_words_and_missing_claimants_are_nobody_in_particular() {
        assertThat(Claimants.surname("senior presidential official")).isNull();
        assertThat(Claimants.surname("the defence ministry")).isNull();
        assertThat(Claimants.surname("Officials")).isNull();
        assertThat(Claimants.surname("Agent X")).isNull();
        assertThat(Claimants.surname("")).isNull();
        assertThat(Claimants.surname(null)).isNull();
    }
}
