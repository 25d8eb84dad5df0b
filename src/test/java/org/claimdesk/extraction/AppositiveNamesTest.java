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

    @Test
    void a_long_as_clause_with_affiliation_and_where_it_was_said() {
        ExtractedClaim c = find(all("As the port economist Ilka Morrow of the Baltic Trade Institute has pointed out "
                + "in her annual review, freight rates fell by a third."), "freight rates fell");
        assertEquals("Ilka Morrow", c.claimant());
        assertEquals(1.0 / 3, c.quantities().get(0).value(), 1e-9);
    }

    @Test
    void officials_there_said_names_the_officials() {
        ExtractedClaim c = find(all("Harbour officials there said they had not been told about the closure."),
                "had not been told");
        assertEquals("Harbour officials", c.claimant());
    }

    @Test
    void a_name_with_its_firm_in_apposition_is_the_claimant() {
        ExtractedClaim c = find(all("The defendant's lawyer, Mara Quist of Quist Lindahl LLP, told the court that "
                + "her client had repaid the loan."), "repaid the loan");
        assertEquals("Mara Quist", c.claimant());
    }
}
