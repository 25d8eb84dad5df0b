package org.claimdesk.extraction;

import org.claimdesk.SeedFiles;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The article the product was first asked about (read from ../shared, never copied into the project; without
 * it these tests fail under CI and are skipped elsewhere, see {@link SeedFiles}).
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class SeedArticleTest {

    private static List<ExtractedClaim> claims() throws IOException {
        return ClaimExtractor.standard().extract(Files.readString(SeedFiles.require(SeedFiles.ARTICLE)));
    }

    private static ExtractedClaim with(List<ExtractedClaim> all, String phrase) {
        return all.stream().filter(c -> c.text().contains(phrase)).findFirst()
                .orElseThrow(() -> new AssertionError("no claim with " + phrase));
    }

    @Test
    void every_expected_claim_is_found_with_its_claimant() throws IOException {
        SeedFiles.require(SeedFiles.ARTICLE);
        GoldScorer.Score s = GoldScorer.score(SeedFiles.require(SeedFiles.EXPECTED_CLAIMS), SeedFiles.DIRECTORY,
                System.out);
        assertEquals(1.0, s.recall(), s.summary());
        assertEquals(1.0, s.claimantAccuracy(), s.summary());
        assertEquals(1.0, s.quantityAccuracy(), s.summary());
        assertTrue(s.ownWords() >= 0.98, s.summary());
    }

    @Test
    void the_first_combat_claim_does_not_show_the_soldier_figure_of_the_next_clause() throws IOException {
        assertEquals(List.of(), with(claims(), "first combat engagement").quantities());
    }

    @Test
    void the_soldier_figure_is_a_statistic_claimed_by_zelenskyy() throws IOException {
        ExtractedClaim c = with(claims(), "11,000");
        assertEquals(ClaimType.STATISTIC, c.type());
        assertEquals("Volodymyr Zelenskyy", c.claimant());
        assertEquals(11000, c.quantities().get(0).value());
        assertTrue(c.quantities().get(0).approximate());
        assertTrue(c.hedges().contains("some"));
        assertTrue(with(claims(), "first combat engagement").claimant().contains("Zelenskyy"));
    }

    @Test
    void the_nato_chief_prediction_is_rutte_relayed_by_the_presidential_office() throws IOException {
        ExtractedClaim c = with(claims(), "within days");
        assertEquals(ClaimType.PREDICTION, c.type());
        assertEquals("Mark Rutte", c.claimant());
        assertEquals("the presidential office", c.via());
        ExtractedClaim plans = with(claims(), "special task force");
        assertEquals("Mark Rutte", plans.claimant());
        assertEquals("the presidential office", plans.via());
    }

    @Test
    void the_caption_is_not_a_claim_and_the_official_is_described() throws IOException {
        List<ExtractedClaim> all = claims();
        assertTrue(all.stream().noneMatch(c -> c.sentence().contains("speaks during")));
        assertTrue(with(all, "full-fledged combat").claimant().contains("official"));
    }
}
