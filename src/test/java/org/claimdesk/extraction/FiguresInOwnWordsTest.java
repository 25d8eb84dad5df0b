package org.claimdesk.extraction;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A figure belongs to the claim whose words contain it, never to a neighbouring clause's claim. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class FiguresInOwnWordsTest {

    private static List<ExtractedClaim> all(String text) {
        return RuleBasedClaimExtractor.INSTANCE.extract(text);
    }

    private static ExtractedClaim find(List<ExtractedClaim> claims, String key) {
        return claims.stream().filter(c -> c.text().contains(key)).findFirst()
                .orElseThrow(() -> new AssertionError("no claim with '" + key + "' in " + claims));
    }

    @Test
    void a_claim_does_not_show_the_figure_of_the_participle_clause_after_it() {
        List<ExtractedClaim> claims = all("The harbour master confirmed the closure of the eastern pier, noting "
                + "that about 340 fishing boats were now moored at the western quay.");
        assertEquals(List.of(), find(claims, "closure of the eastern pier").quantities());
        assertEquals(340.0, find(claims, "fishing boats").quantities().get(0).value());
    }

    @Test
    void two_claims_of_one_sentence_keep_their_own_figures() {
        List<ExtractedClaim> claims = all("The regulator said fares would rise by 6 percent, adding that 12 "
                + "routes would be cut.");
        assertEquals(List.of(6.0), find(claims, "fares would rise").quantities().stream()
                .map(ExtractedQuantity::value).toList());
        assertEquals(List.of(12.0), find(claims, "routes would be cut").quantities().stream()
                .map(ExtractedQuantity::value).toList());
    }

    @Test
    void every_listed_figure_is_written_inside_its_claim() {
        String text = """
                Flood defences on the Vell river held, the county engineer said on Friday, after 48 hours of rain.

                The engineer, Mara Lind, said 1,200 sandbags had been laid, noting that three pumping stations \
                ran through the night and that the water peaked at 4.2 metres.
                """;
        for (ExtractedClaim c : all(text)) {
            for (ExtractedQuantity q : c.quantities()) {
                assertTrue(c.text().contains(q.text()), "'" + q.text() + "' is not in '" + c.text() + "'");
            }
        }
    }
}
