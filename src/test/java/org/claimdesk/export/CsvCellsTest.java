package org.claimdesk.export;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** OWASP's CSV injection guidance: a cell a spreadsheet would run as a formula gets a quote in front. */
class CsvCellsTest {

    @Test
    void cells_starting_with_a_formula_character_get_a_single_quote_in_front() {
        assertThat(CsvCells.neutralize("=HYPERLINK(\"http://evil.example\",\"x\")"))
                .isEqualTo("'=HYPERLINK(\"http://evil.example\",\"x\")");
        assertThat(CsvCells.neutralize("+1+2")).isEqualTo("'+1+2");
        assertThat(CsvCells.neutralize("-2+3")).isEqualTo("'-2+3");
        assertThat(CsvCells.neutralize("@SUM(A1:A2)")).isEqualTo("'@SUM(A1:A2)");
        assertThat(CsvCells.neutralize("\t=1")).isEqualTo("'\t=1");
        assertThat(CsvCells.neutralize("\r=1")).isEqualTo("'\r=1");
    }

    @Test
    void other_cells_are_left_as_they_are() {
        assertThat(CsvCells.neutralize("The reservoir held 41 percent")).isEqualTo("The reservoir held 41 percent");
        assertThat(CsvCells.neutralize("a=b")).isEqualTo("a=b");
        assertThat(CsvCells.neutralize(" =1")).isEqualTo(" =1");
        assertThat(CsvCells.neutralize("")).isEmpty();
        assertThat(CsvCells.neutralize(null)).isNull();
    }

    @Test
    void the_short_form_of_a_long_claim_is_cut_at_a_word_boundary_within_200_characters() {
        String longText = "word ".repeat(60).strip();
        String shortForm = ClaimReviewed.shortForm(longText);
        assertThat(shortForm).hasSizeLessThanOrEqualTo(200).endsWith("word…");
        assertThat(ClaimReviewed.shortForm("  The reservoir\n held 41 percent. ")).isEqualTo("The reservoir held 41 percent.");
    }
}
