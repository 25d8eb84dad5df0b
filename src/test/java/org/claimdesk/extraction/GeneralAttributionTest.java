package org.claimdesk.extraction;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.claimdesk.extraction.AttributionFormsTest.claim;
import static org.claimdesk.extraction.AttributionFormsTest.claims;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** General attribution patterns, one test per category, on invented sentences. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class GeneralAttributionTest {

    @Test
    void a_quote_only_paragraph_continues_the_previous_speaker() {
        String text = """
                Library cuts

                Council leader Omar Haddad said the libraries would stay open on Saturdays.

                \u201CReading rooms are not a luxury. Children need somewhere warm to study.\u201D

                Branch hours will be cut by a third, said finance chief Petra Lund.

                "We have no other choice. The grant fell by 9 percent."
                """;
        assertEquals("Omar Haddad", claim(text, "Reading rooms are not a luxury").claimant());
        ExtractedClaim second = claim(text, "Children need somewhere warm");
        assertEquals("Omar Haddad", second.claimant());
        ExtractedClaim lund = claim(text, "grant fell");
        assertEquals("Petra Lund", lund.claimant());
        assertEquals(9, lund.quantities().get(0).value());
    }

    @Test
    void according_to_in_the_middle_keeps_the_rest_in_the_claim() {
        ExtractedClaim c = claim("Car sales dropped 9 percent in April, according to the dealers' association, "
                + "down from 3 percent growth a year earlier.", "Car sales dropped");
        assertEquals("the dealers' association", c.claimant());
        assertTrue(c.quantities().stream().anyMatch(q -> q.value() == 3), c.toString());
        ExtractedClaim named = claim("Output stalled, according to Lea Brandt, an economist at Halvor Bank.", "Output stalled");
        assertEquals("Lea Brandt", named.claimant());
        assertEquals("an economist at Halvor Bank", named.claimantDescription());
    }

    @Test
    void a_plural_subject_with_a_modifier_and_a_later_they() {
        assertEquals("Nurses", claim("Nurses waiting outside the clinic said the doors had been locked since dawn.",
                "doors had been locked").claimant());
        assertEquals("Fishermen", claim("Fishermen working off the coast told reporters the catch had halved.",
                "catch had halved").claimant());
        String text = """
                Drivers of delivery vans blocked the ring road on Thursday, backed by the transport federation.

                They said fuel costs had doubled since spring.
                """;
        assertEquals("Drivers", claim(text, "fuel costs had doubled").claimant());
    }

    @Test
    void a_partial_quote_inside_indirect_speech_stays_in_the_claim() {
        ExtractedClaim c = claim("The governor said the audit showed \"years of neglect, not bad luck,\" and "
                + "ordered a review.", "audit showed");
        assertTrue(c.text().contains("years of neglect, not bad luck"), c.text());
        ExtractedClaim curly = claim("The mayor told reporters the plan was \u201Ca fantasy,\u201D adding that the "
                + "city could not pay.", "plan was");
        assertTrue(curly.text().contains("a fantasy"), curly.text());
        assertEquals("the city could not pay", claim("The mayor told reporters the plan was \u201Ca fantasy,\u201D "
                + "adding that the city could not pay.", "could not pay").text());
    }

    @Test
    void a_relative_clause_speaker_is_the_noun_before_the_pronoun() {
        assertEquals("Kessler Rail", claim("The tender was won by Kessler Rail, which said it would build 40 new "
                + "trains.", "40 new trains").claimant());
        assertEquals("Ada Moreno", claim("The award went to the principal, Ada Moreno, who told parents that the "
                + "school would hire 6 teachers.", "hire 6 teachers").claimant());
        assertTrue(claims("The minister, who asked not to be named, left early.").isEmpty());
    }

    @Test
    void it_said_resolves_to_the_organization_that_spoke_before() {
        String text = """
                Vantor Chemicals said on Friday it was "disappointed" and might challenge the Supreme Court ruling.

                It said it had invested $250 million in filters since 2019.
                """;
        assertEquals("Vantor Chemicals", claim(text, "invested").claimant());
        String unknown = """
                Kelmar said in a filing it would contest the fine before the Appeals Court.

                It said the fine of 3 million euros was out of proportion.
                """;
        assertEquals("Kelmar", claim(unknown, "out of proportion").claimant());
    }

    @Test
    void an_appositive_in_the_content_is_never_the_claimant() {
        ExtractedClaim c = claim("The chair of the commission, Elif Demir, said the contractor, Baltic Build, "
                + "had missed three deadlines.", "missed three deadlines");
        assertEquals("Elif Demir", c.claimant());
        assertEquals("The chair of the commission", c.claimantDescription());
    }

    @Test
    void two_attributions_joined_by_a_contrast() {
        String text = "A ministry spokeswoman said the tax would raise 2 billion euros, whereas union officials "
                + "said it would cost jobs.";
        assertEquals("ministry spokeswoman", claim(text, "raise 2 billion").claimant());
        assertEquals("union officials", claim(text, "cost jobs").claimant());
        assertFalse(claim(text, "raise 2 billion").text().contains("cost jobs"));
    }

    @Test
    void a_title_second_reference_matches_the_person_with_that_title() {
        String text = """
                Stadium plan

                Provincial governor Marta Silva said the stadium would be finished by 2028.

                Orla Group chief executive Dan Hewitt said costs had risen by 15 percent.

                Club captain Leo Varga said fans deserved better.

                The governor said the province would not pay more than 80 million euros.
                """;
        assertEquals("Marta Silva", claim(text, "would not pay more").claimant());
    }

    @Test
    void an_ordinary_verb_gives_way_to_the_trailing_source() {
        assertEquals("the health ministry", claim("Clinics admitted nearly 900 children with flu last week, the "
                + "health ministry said.", "900 children").claimant());
        assertEquals("the statistics office", claim("Factories added 8,500 jobs in May, the statistics office said.",
                "8,500 jobs").claimant());
        assertEquals("the union", claim("Brava Foods announced 300 layoffs on Monday, the union said.",
                "300 layoffs").claimant());
        List<ExtractedClaim> none = claims("Clinics admitted nearly 900 children with flu last week.");
        assertTrue(none.isEmpty(), none.toString());
    }
}
