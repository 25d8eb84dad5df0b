package org.claimdesk.extraction;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import static org.claimdesk.extraction.NewsFormats.all;
import static org.claimdesk.extraction.NewsFormats.find;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Kind 6: a described claimant with a name in apposition, and "As X has pointed out, ...". */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class AppositiveNamesTest {

    @Test
    void the_name_after_a_lowercase_role_is_the_claimant_and_the_role_its_description() {
        ExtractedClaim c = find(all("The second witness, retired ferry captain Jonas Ekberg, testified that the "
                + "radar had been switched off."), "radar had been switched off");
        assertEquals("Jonas Ekberg", c.claimant());
        assertEquals("retired ferry captain", c.claimantDescription());
    }

    @Test
    void as_the_expert_has_pointed_out_attributes_what_follows() {
        ExtractedClaim c = find(all("As the historian Carla Benn has pointed out, the canal was never profitable."),
                "canal was never profitable");
        assertEquals("Carla Benn", c.claimant());
    }

    @Test
    void as_the_agency_noted_attributes_what_follows() {
        ExtractedClaim c = find(all("As the port authority noted, container traffic fell for a third year."),
                "container traffic fell");
        assertEquals("the port authority", c.claimant());
    }
}
