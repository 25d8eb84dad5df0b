package org.claimdesk.extraction;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.claimdesk.extraction.NewsFormats.all;
import static org.claimdesk.extraction.NewsFormats.find;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Kind 7: "it", "the company", "they" after a named company resolve to its name. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class OrganizationPronounsTest {

    private static final String STORY = """
            Corvane Robotics cut its sales forecast on Tuesday. It claimed the shortfall came from delayed orders \
            in Asia.

            The company said it would not cut jobs. Analysts at Fellmark Bank expect a loss. The company said \
            margins would recover by the spring.
            """;

    @Test
    void it_after_a_named_company_is_the_company() {
        assertEquals("Corvane Robotics", find(all(STORY), "shortfall came from").claimant());
    }

    @Test
    void the_company_is_the_company_the_story_names_not_a_bank_quoted_in_between() {
        List<ExtractedClaim> claims = all(STORY);
        assertEquals("Corvane Robotics", find(claims, "would not cut jobs").claimant());
        assertEquals("Corvane Robotics", find(claims, "margins would recover").claimant());
    }

    @Test
    void a_company_that_recalled_goods_makes_no_claim_by_recalling() {
        List<ExtractedClaim> claims = all("Velto Toys recalled 12,000 scooters on Monday.");
        assertEquals(List.of(), claims);
    }
}
