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
        String text = "\"The demand for seats,\" Whitaker said, \"is stronger than ever.\"";
        assertEquals("Whitaker", claim(text, "The demand for seats").claimant());
        ExtractedClaim second = claim(text, "is stronger");
        assertEquals("Whitaker", second.claimant());
        assertEquals("is stronger than ever", second.text());
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
    void a_second_source_after_a_contrast_gets_its_own_claim() {
        String text = "Mayor Ruth Adler said the plan would work, but critics said it was too expensive.";
        assertEquals("the plan would work", claim(text, "plan would work").text());
        assertEquals("Ruth Adler", claim(text, "plan would work").claimant());
        assertEquals("critics", claim(text, "too expensive").claimant());
    }

    @Test
    void quoted_as_saying() {
        assertEquals("Lena Ortiz", claim("Economist Lena Ortiz was quoted by the Daily Post as saying that prices "
                + "could double.", "prices could double").claimant());
    }

    @Test
    void an_age_and_a_role_between_commas() {
        ExtractedClaim c = claim("John Carter, 61, a farmer in Kansas, said his wells had run dry.", "wells");
        assertEquals("John Carter", c.claimant());
        assertEquals("a farmer in Kansas", c.claimantDescription());
    }

    @Test
    void a_mid_sentence_attribution_keeps_the_content_before_it() {
        ExtractedClaim c = claim("Pupils accounted for the sharpest increase, the agency said, with cases doubling.",
                "sharpest increase");
        assertEquals("the agency", c.claimant());
        assertEquals("Pupils accounted for the sharpest increase", c.text());
    }

    @Test
    void possessive_institutions_and_denials() {
        assertEquals("Ukraine's air force", claim("Ukraine's air force said it had downed 25 of 30 drones.",
                "downed").claimant());
        assertEquals(ClaimType.STATEMENT, claim("The minister has denied wrongdoing.", "wrongdoing").type());
    }

    @Test
    void verbs_that_are_not_reporting_here_make_no_claim() {
        assertTrue(claims("He found the body in the river.").isEmpty());
        assertTrue(claims("The team added a new striker in January.").isEmpty());
        assertTrue(claims("The European Union and Malaysia have concluded negotiations on a trade deal.").isEmpty());
        assertTrue(claims("Journalists in the room were shown photographs of the camp.").isEmpty());
    }

    @Test
    void a_subject_whose_statement_follows_as_a_participle() {
        String text = "Union leader Marc Gagnon rejected the offer, noting that rents had risen by 20 percent.";
        assertEquals("Marc Gagnon", claim(text, "rents had risen").claimant());
    }
}
