package org.claimdesk.extraction;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.claimdesk.extraction.AttributionFormsTest.claims;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class NonClaimsAndOffsetsTest {

    @Test
    void blank_text_has_no_claims() {
        assertTrue(claims("").isEmpty());
        assertTrue(claims("  \n\n ").isEmpty());
    }

    @Test
    void headlines_bylines_and_agency_tags_are_not_claims() {
        String text = "Minister says the economy is strong\n\nBy Marta Oyelaran\n\n(Reuters)\n";
        assertTrue(claims(text).isEmpty(), () -> claims(text).toString());
    }

    @Test
    void a_dateline_is_stripped_but_the_rest_is_a_claim() {
        String text = "GREENFIELD, May 2 -- The water board said the reservoir held 41 percent of its capacity.";
        ExtractedClaim c = claims(text).get(0);
        assertEquals("the reservoir held 41 percent of its capacity", c.text());
        assertEquals("The Greenfield water board".toLowerCase().replace("greenfield ", ""), c.claimant().toLowerCase());
    }

    @Test
    void declined_to_comment_and_no_response_assert_nothing() {
        assertTrue(claims("The bank declined to comment on the report.").isEmpty());
        assertTrue(claims("A spokesman did not immediately respond to a request for comment.").isEmpty());
        assertTrue(claims("The office did not say when the leaders would speak again.").isEmpty());
    }

    @Test
    void narrative_sentences_are_not_claims() {
        assertTrue(claims("The reservoir was built in 1961 and supplies three towns.").isEmpty());
        assertTrue(claims("Residents queued outside the library before it opened.").isEmpty());
    }

    @Test
    void photo_captions_are_not_claims() {
        String text = "President Lee speaks during a meeting in Seoul on Oct. 28, saying the plan works. (Yonhap)";
        assertTrue(claims(text).isEmpty(), () -> claims(text).toString());
    }

    @Test
    void every_claim_span_is_its_text_and_lies_within_its_sentence() throws IOException {
        List<String> texts = new ArrayList<>(List.of(
                "Water board\n\nGREENFIELD, May 2 -- The board said the reservoir held 41 percent.\n\n"
                        + "\"It is low,\" chair Miriam Okafor said. \"We act now.\"\n"));
        for (Path dir : List.of(Path.of("src/test/resources/corpus"), Path.of("src/main/resources/demo"),
                Path.of("../shared/seed"))) {
            if (Files.isDirectory(dir)) {
                try (Stream<Path> files = Files.list(dir)) {
                    for (Path p : files.filter(f -> f.toString().endsWith(".txt")).toList()) {
                        texts.add(Files.readString(p));
                    }
                }
            }
        }
        for (String text : texts) {
            int previous = -1;
            for (ExtractedClaim c : claims(text)) {
                assertEquals(c.text(), text.substring(c.start(), c.end()));
                int s = text.indexOf(c.sentence());
                assertTrue(s >= 0, c.sentence());
                assertTrue(text.indexOf(c.sentence(), Math.max(0, c.start() - c.sentence().length())) <= c.start());
                assertTrue(c.checkWorthiness() >= 0 && c.checkWorthiness() <= 1);
                assertFalse(c.claimant().isBlank());
                assertTrue(c.start() >= previous, "claims are in span order");
                previous = c.start();
            }
        }
    }
}
