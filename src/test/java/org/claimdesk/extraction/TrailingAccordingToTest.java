package org.claimdesk.extraction;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import static org.claimdesk.extraction.NewsFormats.all;
import static org.claimdesk.extraction.NewsFormats.find;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Kind 5: a long clause with several verbs before a trailing "according to". */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class TrailingAccordingToTest {

    @Test
    void the_whole_clause_before_according_to_is_the_claim_however_many_verbs_it_has() {
        ExtractedClaim c = find(all("The airline has asked pilots to delay their holidays and to fly extra "
                + "rotations to the islands through August, according to an internal memo seen by reporters."),
                "asked pilots");
        assertTrue(c.text().startsWith("The airline has asked pilots"), c.text());
        assertTrue(c.text().endsWith("through August"), c.text());
        assertTrue(c.claimant().contains("memo"), c.toString());
    }

    @Test
    void a_source_who_asked_not_to_be_named_still_makes_the_claim() {
        ExtractedClaim c = find(all("The ministry plans to hire 300 more inspectors next year, according to a "
                + "senior official who asked not to be identified because the plan is not public."), "300 more");
        assertTrue(c.claimant().contains("official"), c.toString());
        assertEquals(300.0, c.quantities().get(0).value());
    }
}
