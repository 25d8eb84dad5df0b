package org.claimdesk.related;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class StemmerTest {

    @Test
    void engagement_engaged_engage_and_engaging_share_a_stem() {
        assertThat(List.of("engagement", "engagements", "engaged", "engage", "engaging"))
                .extracting(Stemmer::stem).containsOnly("engag");
    }

    @Test
    void plurals_meet_their_singular() {
        assertThat(Stemmer.stem("troops")).isEqualTo(Stemmer.stem("troop")).isEqualTo("troop");
        assertThat(Stemmer.stem("forces")).isEqualTo(Stemmer.stem("force")).isEqualTo("forc");
        assertThat(Stemmer.stem("cities")).isEqualTo(Stemmer.stem("city")).isEqualTo("city");
        assertThat(Stemmer.stem("churches")).isEqualTo(Stemmer.stem("church")).isEqualTo("church");
    }

    @Test
    void words_that_only_look_plural_keep_their_s() {
        assertThat(Stemmer.stem("crisis")).isEqualTo("crisis");
        assertThat(Stemmer.stem("census")).isEqualTo("census");
        assertThat(Stemmer.stem("press")).isEqualTo("press");
        assertThat(Stemmer.stem("gas")).isEqualTo("gas");
    }

    @Test
    void past_and_present_participles_meet_the_verb_also_with_a_doubled_consonant() {
        assertThat(Stemmer.stem("stationed")).isEqualTo(Stemmer.stem("station")).isEqualTo("station");
        assertThat(Stemmer.stem("stopped")).isEqualTo(Stemmer.stem("stopping")).isEqualTo("stop");
        assertThat(Stemmer.stem("denied")).isEqualTo(Stemmer.stem("deny")).isEqualTo("deny");
        assertThat(Stemmer.stem("needed")).isEqualTo(Stemmer.stem("need")).isEqualTo("need");
        assertThat(Stemmer.stem("agreed")).isEqualTo("agreed"); // -eed is no past tense: "need", "feed" stay
    }

    @Test
    void short_words_are_left_alone() {
        assertThat(Stemmer.stem("bed")).isEqualTo("bed");
        assertThat(Stemmer.stem("king")).isEqualTo("king");
        assertThat(Stemmer.stem("us")).isEqualTo("us");
    }
}
