package org.claimdesk.extraction;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.claimdesk.extraction.NewsFormats.all;
import static org.claimdesk.extraction.NewsFormats.find;
import static org.claimdesk.extraction.NewsFormats.none;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Kind 2: live blogs and bulleted lists under an attribution. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class LiveBlogsAndBulletsTest {

    private static final String BLOG = """
            Heatwave: live updates

            11:40 a.m.

            The health service said 210 people had been treated for heat stroke since Sunday.

            12:15 p.m.

            WHAT WE KNOW

            Mayor Petra Voss's noon briefing, key points:
            • Nine cooling centres will stay open overnight.
            • Tram fares are suspended until Thursday.

            The water board said:
            - Reservoirs are at 61 percent of capacity.
            - A hosepipe ban starts on Friday.

            Posted by Lena Ardo at 12:20 p.m.
            """;

    @Test
    void each_bullet_is_a_claim_of_the_source_that_introduces_it() {
        List<ExtractedClaim> claims = all(BLOG);
        assertEquals("Petra Voss", find(claims, "cooling centres").claimant());
        assertEquals("Petra Voss", find(claims, "Tram fares").claimant());
        assertEquals("the water board", find(claims, "Reservoirs are at 61 percent").claimant());
        assertEquals(List.of(61.0), NewsFormats.values(find(claims, "Reservoirs")));
        assertEquals("the water board", find(claims, "hosepipe ban").claimant());
    }

    @Test
    void timestamps_headings_and_bylines_are_not_claims() {
        List<ExtractedClaim> claims = all(BLOG);
        assertTrue(none(claims, "11:40"), claims.toString());
        assertTrue(none(claims, "WHAT WE KNOW"), claims.toString());
        assertTrue(none(claims, "Posted by"), claims.toString());
        assertTrue(none(claims, "live updates"), claims.toString());
        assertEquals(5, claims.size(), claims.toString());
    }

    @Test
    void an_entry_after_a_timestamp_keeps_its_own_source() {
        ExtractedClaim c = find(all(BLOG), "210 people");
        assertEquals("the health service", c.claimant());
        assertEquals(List.of(210.0), NewsFormats.values(c));
    }
}
