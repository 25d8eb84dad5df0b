package org.claimdesk.extraction;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.claimdesk.extraction.NewsFormats.all;
import static org.claimdesk.extraction.NewsFormats.find;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** Kind 4: several cues in one sentence give several claims of the same source. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class SeveralCuesTest {

    @Test
    void said_a_but_cautioned_that_b_gives_two_claims() {
        List<ExtractedClaim> claims = all("The school board said the pilot was a success but warned that the "
                + "district would run out of funds by 2027.");
        ExtractedClaim a = find(claims, "pilot was a success");
        ExtractedClaim b = find(claims, "run out of funds");
        assertFalse(a.text().contains("warned"), a.text());
        assertEquals("the school board", a.claimant());
        assertEquals("the school board", b.claimant());
        assertEquals("warned", b.cue());
    }

    @Test
    void said_a_adding_that_b_gives_two_claims() {
        List<ExtractedClaim> claims = all("Treasurer Malik Osei said tax receipts rose 7 percent, adding that "
                + "the deficit would close within two years.");
        assertEquals(List.of(7.0), NewsFormats.values(find(claims, "tax receipts rose")));
        assertEquals("Malik Osei", find(claims, "deficit would close").claimant());
        assertFalse(find(claims, "tax receipts rose").text().contains("deficit"));
    }

    @Test
    void a_reporting_verb_inside_the_adding_clause_does_not_hide_it() {
        List<ExtractedClaim> claims = all("The coach said the team trained twice a day, adding that most of the "
                + "players reported to camp early.");
        assertEquals("the coach", find(claims, "players reported to camp early").claimant());
    }

    @Test
    void recommended_that_gives_the_recommendation_to_its_author() {
        ExtractedClaim c = find(all("The watchdog recommended that a three-member panel review the contract."),
                "panel review the contract");
        assertEquals("the watchdog", c.claimant());
        assertEquals(List.of(3.0), NewsFormats.values(c));
    }
}
