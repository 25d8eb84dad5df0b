package org.claimdesk.extraction;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.claimdesk.extraction.NewsFormats.all;
import static org.claimdesk.extraction.NewsFormats.find;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Kind 9: reported reporting, announced intentions and nominal claims. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ReportedReportingTest {

    @Test
    void a_paper_that_reported_at_the_time_is_the_claimant_of_what_follows_that() {
        ExtractedClaim c = find(all("The Valley Courier reported at the time that the dam had cracked."),
                "dam had cracked");
        assertEquals("the dam had cracked", c.text());
        assertTrue(c.claimant().contains("Valley Courier"), c.toString());
    }

    @Test
    void an_announced_intention_is_a_claim_of_the_announcer() {
        ExtractedClaim c = find(all("Norrel Steel announced this month it would shut two blast furnaces."),
                "shut two blast furnaces");
        assertEquals("Norrel Steel", c.claimant());
        assertEquals(List.of(2.0), NewsFormats.values(c));
    }

    @Test
    void first_reported_by_makes_the_reporter_the_claimant() {
        ExtractedClaim c = find(all("The sale of the stadium was first reported by the Evening Ledger."),
                "sale of the stadium");
        assertTrue(c.claimant().contains("Evening Ledger"), c.toString());
    }

    @Test
    void a_nominal_claim_belongs_to_its_owner() {
        List<ExtractedClaim> claims = all("Auditors disputed the governor's claim that waiting lists had halved.");
        ExtractedClaim c = find(claims, "waiting lists had halved");
        assertEquals("the governor", c.claimant());
        assertEquals(List.of(0.5), NewsFormats.values(c));
    }
}
