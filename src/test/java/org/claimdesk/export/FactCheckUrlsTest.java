package org.claimdesk.export;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FactCheckUrlsTest {

    @Test
    void the_slug_is_lower_case_ascii_words_joined_by_hyphens() {
        assertThat(FactCheckUrls.slugOf("North Korea sent 11,000 soldiers to Russia!"))
                .isEqualTo("north-korea-sent-11-000-soldiers-to-russia");
        assertThat(FactCheckUrls.slugOf("  Côte d'Ivoire — Zürich’s “plan”  ")).isEqualTo("cote-d-ivoire-zurich-s-plan");
    }

    @Test
    void the_slug_is_at_most_sixty_characters_cut_after_a_whole_word() {
        String slug = FactCheckUrls.slugOf("The government said unemployment fell to its lowest level in "
                + "twenty years during the last quarter");

        assertThat(slug).hasSizeLessThanOrEqualTo(FactCheckUrls.MAX_SLUG)
                .isEqualTo("the-government-said-unemployment-fell-to-its-lowest-level-in")
                .doesNotEndWith("-");
    }

    @Test
    void a_word_cut_in_the_middle_is_dropped() {
        assertThat(FactCheckUrls.slugOf("The government said unemployment fell to its lowest level since 2004"))
                .isEqualTo("the-government-said-unemployment-fell-to-its-lowest-level");
    }

    @Test
    void one_very_long_word_is_cut_at_sixty_characters() {
        assertThat(FactCheckUrls.slugOf("a".repeat(100))).isEqualTo("a".repeat(60));
    }

    @Test
    void text_without_latin_letters_or_digits_gives_a_page_named_by_the_id_only() {
        assertThat(FactCheckUrls.slugOf("Путин заявил")).isEmpty();
        assertThat(FactCheckUrls.slug(7, "Путин заявил")).isEqualTo("7");
        assertThat(FactCheckUrls.slug(7, null)).isEqualTo("7");
    }

    @Test
    void the_url_is_the_base_then_fact_checks_then_id_and_slug() {
        assertThat(FactCheckUrls.url("https://factcheck.example.org/", 12, "Troops arrived in Kursk"))
                .isEqualTo("https://factcheck.example.org/fact-checks/12-troops-arrived-in-kursk");
        assertThat(FactCheckUrls.path(12, "Troops arrived in Kursk")).isEqualTo("/fact-checks/12-troops-arrived-in-kursk");
    }
}
