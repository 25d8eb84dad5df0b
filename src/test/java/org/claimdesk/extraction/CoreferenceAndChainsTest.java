package org.claimdesk.extraction;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import static org.claimdesk.extraction.AttributionFormsTest.claim;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class CoreferenceAndChainsTest {

    private static final String STORY = """
            Talks on the harbor

            Port Director Hanna Lindqvist and Mayor Tomas Berg met in Riverton on Monday.

            Lindqvist said the quay would open in 2027.

            She added that the city would pay part of the bill.

            The port director said ships of up to 24,000 containers could dock, the city council said.

            The council said the plan was sound, it noted.
            """;

    @Test
    void a_surname_resolves_to_the_full_name_introduced_before() {
        assertEquals("Hanna Lindqvist", claim(STORY, "quay would open").claimant());
    }

    @Test
    void a_pronoun_resolves_to_the_most_recent_person() {
        assertEquals("Hanna Lindqvist", claim(STORY, "pay part of the bill").claimant());
    }

    @Test
    void a_title_phrase_resolves_to_the_person_introduced_with_that_title() {
        ExtractedClaim c = claim(STORY, "ships of up to");
        assertEquals("Hanna Lindqvist", c.claimant());
        assertEquals("The port director", c.claimantDescription());
    }

    @Test
    void a_trailing_source_after_a_leading_one_is_the_relay() {
        assertEquals("the city council", claim(STORY, "ships of up to").via());
    }

    @Test
    void it_resolves_to_the_organization_that_spoke_last() {
        ExtractedClaim c = claim(STORY, "plan was sound");
        assertEquals("the city council", c.claimant());
        assertNull(c.via());
    }

    @Test
    void the_office_resolves_to_the_office_named_before() {
        String text = """
                Seoul is ready to help, the presidential office said.

                The president said troops would move within days, according to the office.
                """;
        assertEquals("the presidential office", claim(text, "troops would move").via());
    }

    @Test
    void a_leader_title_matches_an_organization_acronym() {
        String text = """
                The North Atlantic Treaty Organization Secretary General Mark Rutte visited Kyiv.

                The NATO chief said the alliance would send more air defenses.
                """;
        assertEquals("Mark Rutte", claim(text, "send more air defenses").claimant());
    }
}
