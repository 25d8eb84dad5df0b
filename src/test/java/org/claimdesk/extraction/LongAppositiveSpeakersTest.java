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
}
