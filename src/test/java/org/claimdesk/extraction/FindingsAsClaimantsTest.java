package org.claimdesk.extraction;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.claimdesk.extraction.NewsFormats.all;
import static org.claimdesk.extraction.NewsFormats.find;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Kind 3: studies, teams, filings, audits and witnesses as claimants. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class FindingsAsClaimantsTest {

    @Test
    void a_study_and_its_researchers_are_the_claimants_of_what_they_found() {
        List<ExtractedClaim> claims = all("Researchers at the Ostend Marine Lab found that seagrass meadows stored "
                + "35 percent more carbon than expected. The study concluded that dredging released most of it.");
        assertTrue(find(claims, "seagrass meadows").claimant().contains("Researchers"));
        assertEquals("the study", find(claims, "dredging released").claimant());
    }

    @Test
    void a_filing_and_an_audit_are_claimants_never_a_phrase_like_in_a_statement() {
        List<ExtractedClaim> claims = all("A court filing showed that the landlord had collected $910,000 in "
                + "deposits. The audit estimated the backlog at 4,300 cases.");
        ExtractedClaim filing = find(claims, "landlord had collected");
        assertTrue(filing.claimant().contains("filing"), filing.toString());
        ExtractedClaim audit = find(claims, "4,300 cases");
        assertEquals("the audit", audit.claimant());
        assertEquals(List.of(4300.0), NewsFormats.values(audit));
    }

    @Test
    void a_witness_who_testified_is_the_claimant() {
        ExtractedClaim c = find(all("At the hearing, the night guard testified that the gate had been left open."),
                "gate had been left open");
        assertTrue(c.claimant().contains("guard"), c.toString());
        assertFalse(c.claimant().contains("hearing"), c.toString());
    }

    @Test
    void a_team_found_is_the_team_s_claim() {
        ExtractedClaim c = find(all("The team found that commuters who cycled were 1.4 times as likely to stay "
                + "healthy."), "commuters who cycled");
        assertEquals("the team", c.claimant());
        assertEquals(List.of(1.4), NewsFormats.values(c));
    }

    @Test
    void an_auditor_reporting_that_someone_could_not_say_is_a_claim_of_the_auditor() {
        ExtractedClaim c = find(all("Inspector General Hal Brun said the agency could not say how many of its "
                + "trucks were in service."), "could not say how many");
        assertEquals("Hal Brun", c.claimant());
    }

    @Test
    void disputing_a_finding_gives_the_finding_to_its_owner_and_the_reply_to_the_subject() {
        List<ExtractedClaim> claims = all("The hospital disputed the inquiry's finding that records were lost, "
                + "saying every file had been scanned.");
        assertEquals("the inquiry", find(claims, "records were lost").claimant());
        assertEquals("the hospital", find(claims, "every file had been scanned").claimant());
    }
}
