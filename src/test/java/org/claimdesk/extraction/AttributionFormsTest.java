package org.claimdesk.extraction;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class AttributionFormsTest {

    static List<ExtractedClaim> claims(String text) {
        return ClaimExtractor.standard().extract(text);
    }

    /** The claim whose text contains {@code phrase}; fails when there is none. */
    static ExtractedClaim claim(String text, String phrase) {
        List<ExtractedClaim> all = claims(text);
        return all.stream().filter(c -> c.text().contains(phrase)).findFirst()
                .orElseThrow(() -> new AssertionError("no claim with '" + phrase + "' in " + all));
    }

    @Test
    void source_cue_that_content() {
        ExtractedClaim c = claim("Board chair Miriam Okafor said that the town would limit watering.", "limit watering");
        assertEquals("Miriam Okafor", c.claimant());
        assertEquals("Board chair", c.claimantDescription());
        assertEquals("said", c.cue());
        assertEquals("the town would limit watering", c.text());
    }

    @Test
    void content_then_source_and_cue() {
        ExtractedClaim c = claim("Exports fell sharply in May, the statistics office said.", "Exports fell");
        assertEquals("the statistics office", c.claimant());
        assertEquals("Exports fell sharply in May", c.text());
    }

    @Test
    void content_then_cue_and_source() {
        ExtractedClaim c = claim("The alliance is ready to respond, said NATO Secretary General Mark Rutte.", "ready");
        assertEquals("Mark Rutte", c.claimant());
        assertEquals("NATO Secretary General", c.claimantDescription());
    }

    @Test
    void source_told_someone_that_content() {
        ExtractedClaim c = claim("Finance Minister Ana Costa told reporters on Tuesday that the deficit would shrink.", "deficit");
        assertEquals("Ana Costa", c.claimant());
        assertEquals("the deficit would shrink", c.text());
        assertEquals(ClaimType.PREDICTION, c.type());
    }

    @Test
    void according_to_before_and_after_the_content() {
        assertEquals("the agency", claim("According to the agency, some 92 percent of samples were positive.", "samples").claimant());
        ExtractedClaim after = claim("Rents rose 5 percent last year, according to the housing ministry.", "Rents rose");
        assertEquals("the housing ministry", after.claimant());
        assertEquals("according to", after.cue());
    }

    @Test
    void possessive_figures_show_content() {
        ExtractedClaim c = claim("The ministry's figures show admissions were 62 percent higher.", "admissions");
        assertEquals("the ministry", c.claimant().toLowerCase());
        assertEquals(62, c.quantities().get(0).value());
    }

    @Test
    void said_in_a_statement_that_content() {
        ExtractedClaim c = claim("The central bank said in a statement on Monday that inflation had peaked.", "inflation");
        assertEquals("inflation had peaked", c.text());
    }

    @Test
    void direct_quote_with_source_after_it() {
        ExtractedClaim c = claim("\"We have never seen so many cases,\" Raman said.", "never seen");
        assertEquals(ClaimType.QUOTE, c.type());
        assertEquals("We have never seen so many cases", c.text());
        ExtractedClaim inverted = claim("\"Prices will keep falling,\" said economist Lena Ortiz.", "Prices");
        assertEquals("Lena Ortiz", inverted.claimant());
    }

    @Test
    void a_bare_quotation_continues_the_previous_speaker() {
        String text = "\"We lost everything,\" farmer Jorge Medina told Reuters. \"The wheat just stopped growing.\"";
        assertEquals("Jorge Medina", claim(text, "wheat just stopped").claimant());
    }

    @Test
    void a_split_quotation_keeps_its_speaker() {
        ExtractedClaim c = claim("\"The demand,\" Whitaker said, \"is stronger than ever.\"", "The demand");
        assertEquals("Whitaker", c.claimant());
    }

    @Test
    void a_participle_clause_is_a_further_claim_of_the_same_source() {
        String text = "Mayor Ruth Adler said the bridge would reopen in May, adding that repairs cost 4 million dollars.";
        ExtractedClaim first = claim(text, "bridge would reopen");
        ExtractedClaim second = claim(text, "repairs cost");
        assertEquals("Ruth Adler", first.claimant());
        assertEquals("Ruth Adler", second.claimant());
        assertEquals("repairs cost 4 million dollars", second.text());
        assertEquals(4e6, second.quantities().get(0).value(), 1);
    }

    @Test
    void an_appositive_name_is_the_claimant_and_the_role_its_description() {
        ExtractedClaim c = claim("Her coach, Renato Bellini, said she would rest for a month.", "rest");
        assertEquals("Renato Bellini", c.claimant());
        assertNotNull(c.claimantDescription());
        assertTrue(c.claimantDescription().contains("coach"));
    }

    @Test
    void anonymous_and_described_sources() {
        assertTrue(claim("A senior presidential official said talks had stalled.", "talks").claimant().contains("official"));
        assertTrue(claim("Two people familiar with the matter said the deal was close.", "deal").claimant()
                .contains("people"));
        assertEquals("Analysts", claim("Analysts expect the rate to fall.", "rate").claimant());
    }

    @Test
    void a_subject_whose_statement_follows_as_a_participle() {
        String text = "Union leader Marc Gagnon rejected the offer, noting that rents had risen by 20 percent.";
        assertEquals("Marc Gagnon", claim(text, "rents had risen").claimant());
    }
}
