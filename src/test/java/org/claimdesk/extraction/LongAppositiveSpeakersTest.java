package org.claimdesk.extraction;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import static org.claimdesk.extraction.NewsFormats.all;
import static org.claimdesk.extraction.NewsFormats.find;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Kind 10: a quote, then "said NAME, a long description who ...". */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class LongAppositiveSpeakersTest {

    @Test
    void the_quote_is_the_claim_and_the_long_appositive_the_description() {
        ExtractedClaim c = find(all("\"Nobody inspected the pipes for six years,\" said Oren Vale, an engineer at "
                + "Vale & Holm who advises the tenants' association in the dispute."), "Nobody inspected");
        assertEquals("Nobody inspected the pipes for six years", c.text());
        assertEquals("Oren Vale", c.claimant());
        assertEquals("an engineer at Vale & Holm who advises the tenants' association in the dispute",
                c.claimantDescription());
    }

    @Test
    void a_role_with_a_which_clause_is_all_description_and_its_figures_stay_outside_the_quote() {
        ExtractedClaim c = find(all("\"The roof held, but the cellar flooded,\" said Ada Finch, the manager of the "
                + "Gull Hotel on Pier Road, which housed 30 guests during the storm."), "roof held");
        assertEquals("The roof held, but the cellar flooded", c.text());
        assertEquals("Ada Finch", c.claimant());
        assertEquals(java.util.List.of(), c.quantities());
    }
}
