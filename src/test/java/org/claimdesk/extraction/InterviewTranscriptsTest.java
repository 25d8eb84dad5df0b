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

/** Kind 1: interview transcripts, with the interviewee named in the intro and labelled turns. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class InterviewTranscriptsTest {

    private static final String QA = """
            Keeping the lights on: a talk with Oskar Lind

            Oskar Lind has directed the northern grid operator since 2021. He spoke to us about outages and prices.

            Q: How often did the grid fail last winter?

            A: We had 17 regional outages, against 29 the winter before. Most lasted under an hour.

            Q: Your own regulator's review says 12 percent of substations are overdue for repair. Is that fair?

            A: Yes. We are replacing the oldest transformers first.
            """;

    @Test
    void each_statement_of_an_answer_is_a_claim_of_the_interviewee() {
        List<ExtractedClaim> claims = all(QA);
        ExtractedClaim outages = find(claims, "17 regional outages");
        assertEquals("Oskar Lind", outages.claimant());
        assertEquals(List.of(17.0, 29.0), NewsFormats.values(outages));
        assertEquals("Oskar Lind", find(claims, "replacing the oldest transformers").claimant());
    }

    @Test
    void questions_labels_and_short_answers_are_not_claims() {
        List<ExtractedClaim> claims = all(QA);
        assertTrue(none(claims, "How often"), claims.toString());
        assertTrue(none(claims, "Is that fair"), claims.toString());
        assertTrue(claims.stream().noneMatch(c -> c.text().equals("Yes")), claims.toString());
        assertTrue(claims.stream().noneMatch(c -> c.text().startsWith("A:") || c.text().startsWith("Q:")), claims.toString());
    }

    @Test
    void a_question_that_cites_a_document_is_a_claim_of_that_document() {
        ExtractedClaim c = find(all(QA), "12 percent of substations");
        assertTrue(c.claimant().contains("regulator"), c.toString()); // the review's owner, as for any document
        assertTrue(c.claimantDescription().contains("review"), c.toString());
    }

    @Test
    void bold_initials_as_speaker_labels_point_to_the_interviewee() {
        String text = """
                Night shift

                Hana Morel runs the emergency ward at Saint Brigid's. We met her after a night shift.

                **RT:** How busy was December?

                **HM:** We saw 3,100 patients in December, a record for the ward.

                **RT:** And the waiting times?

                **HM:** The median wait fell to four hours after we added a second triage desk.
                """;
        List<ExtractedClaim> claims = all(text);
        assertEquals("Hana Morel", find(claims, "3,100 patients").claimant());
        assertEquals("Hana Morel", find(claims, "median wait fell").claimant());
        assertTrue(none(claims, "How busy"), claims.toString());
    }

    @Test
    void the_outlet_and_the_surname_as_speaker_labels() {
        String text = """
                The harbour and the money

                Ines Torvald, the harbour master of Brekka, talked to the Fjord Post about the new ferry quay.

                Fjord Post: The quay is two years late. What happened?

                Torvald: The first contractor went bankrupt in the middle of the works.

                Fjord Post: Will it open this summer?

                Torvald: The quay will open in June and handle 40 departures a day.
                """;
        List<ExtractedClaim> claims = all(text);
        assertEquals("Ines Torvald", find(claims, "contractor went bankrupt").claimant());
        assertEquals(40.0, find(claims, "40 departures").quantities().get(0).value());
        assertTrue(none(claims, "What happened"), claims.toString());
    }

    @Test
    void an_article_with_one_labelled_paragraph_is_no_transcript() {
        String text = """
                Update: The bridge reopened on Tuesday morning.

                The city said repairs cost 2 million euros.
                """;
        List<ExtractedClaim> claims = all(text);
        assertTrue(none(claims, "bridge reopened"), claims.toString());
        assertEquals("the city", find(claims, "repairs cost").claimant());
    }

    @Test
    void the_interviewee_s_own_i_expect_keeps_the_whole_answer_sentence() {
        String text = """
                On the buses

                Petra Lund runs the bus company of Aldmoor. She spoke to the Aldmoor Echo.

                Q: Are delays falling?

                A: They fell 9 percent this spring, and I expect them to keep falling.

                Q: And fares?

                A: Fares stay frozen until next year.
                """;
        ExtractedClaim c = find(all(text), "fell 9 percent");
        assertEquals("Petra Lund", c.claimant());
        assertEquals(List.of(9.0), NewsFormats.values(c));
    }

    @Test
    void feelings_and_very_short_answers_are_not_claims_but_dated_facts_are() {
        String text = """
                The mayor at mid-term

                Rosa Keel has been mayor of Dunwick since 2022. She spoke to the Dunwick Star.

                Q: How do voters see you?

                A: I think they understand what we are doing. That is their right.

                Q: Will you run again?

                A: That is the plan. My term runs through 2027.
                """;
        List<ExtractedClaim> claims = all(text);
        assertTrue(none(claims, "I think"), claims.toString());
        assertTrue(none(claims, "That is their right"), claims.toString());
        assertTrue(none(claims, "That is the plan"), claims.toString());
        assertEquals("Rosa Keel", find(claims, "My term runs through 2027").claimant());
    }
}
