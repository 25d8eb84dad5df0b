package org.claimdesk.extraction;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Recall categories of the second blind set, one test per category, on invented sentences. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class RecallCategoriesTest {

    private static List<ExtractedClaim> all(String text) {
        return RuleBasedClaimExtractor.INSTANCE.extract(text);
    }

    private static ExtractedClaim find(String text, String key) {
        return all(text).stream().filter(c -> c.text().contains(key)).findFirst()
                .orElseThrow(() -> new AssertionError("no claim with '" + key + "' in " + all(text)));
    }

    private static List<Double> values(ExtractedClaim c) {
        return c.quantities().stream().map(ExtractedQuantity::value).toList();
    }

    @Test
    void a_claim_lists_the_figures_of_its_own_words_and_only_those() {
        ExtractedClaim a = find("The inspectors visited 240 farms and found that 31 of them broke the rules, the "
                + "report said.", "31 of them");
        assertTrue(values(a).contains(31.0), a.toString());
        ExtractedClaim b = find("The coast guard said 14 sailors were missing, down from 22 on Monday.", "14 sailors");
        assertEquals(List.of(14.0, 22.0), values(b));
        ExtractedClaim c = find("Analysts at Morrow Research expect 4.5 million scooters to sell this year, a "
                + "fraction of the roughly 90 million bicycles sold.", "scooters");
        assertEquals(List.of(4.5e6, 9e7), values(c));
        for (ExtractedClaim x : List.of(a, b, c)) {
            x.quantities().forEach(q -> assertTrue(x.text().contains(q.text()), q + " lies outside " + x.text()));
        }
    }

    @Test
    void number_words_that_count_things() {
        var q = RuleBasedClaimExtractor.INSTANCE;
        assertEquals(List.of(4.0), q.quantitiesIn("Sales fell for four consecutive months.").stream().map(ExtractedQuantity::value).toList());
        assertEquals(List.of(2.0), q.quantitiesIn("Costs rose by a factor of two.").stream().map(ExtractedQuantity::value).toList());
        assertEquals(List.of(7.0), q.quantitiesIn("She faces a sentence of seven years.").stream().map(ExtractedQuantity::value).toList());
        // issue 13: number words are their number, durations included (years as dates are not quantities)
        assertEquals(List.of(2.0), q.quantitiesIn("He worked there for two years.").stream().map(ExtractedQuantity::value).toList());
        assertEquals(List.of(), q.quantitiesIn("She died on Monday at 91.").stream().map(ExtractedQuantity::value).toList());
        assertEquals(List.of(6.0), q.quantitiesIn("It was the first cut in six years.").stream().map(ExtractedQuantity::value).toList());
        assertEquals(List.of(31.0, 110.0), q.quantitiesIn("Phoenix saw a record 31 straight days above 110 degrees.")
                .stream().map(ExtractedQuantity::value).toList());
    }

    @Test
    void described_as_and_called_label_a_quote() {
        ExtractedClaim c = find("The board closed the clinic, in a decision that nurses' unions described as "
                + "'a betrayal of patients'.", "a betrayal of patients");
        assertEquals("nurses' unions", c.claimant());
    }

    @Test
    void present_tense_and_data_verbs() {
        assertEquals("Ines Varga", find("The flooding is far from over, farmer Ines Varga pointed out.", "flooding")
                .claimant());
        assertTrue(find("The health agency logged 5,120 infections in March.", "5,120").claimant().contains("health agency"));
        assertTrue(find("The carmaker reiterated plans to build 2 new plants in Ohio.", "plants").claimant()
                .contains("carmaker"));
        assertEquals("Teo Mark", find("Coach Teo Mark attributes the slump to injuries.", "slump").claimant());
    }

    @Test
    void relative_clauses_with_the_source_inside() {
        ExtractedClaim a = find("The tunnel, which inspectors say needs $8 million in repairs, remains open.",
                "$8 million");
        assertEquals("inspectors", a.claimant());
        ExtractedClaim b = find("Mayor Joan Fry spoke first. Voters backed a levy that Treasurer Abel Moss said "
                + "would raise 5 percent more revenue.", "5 percent");
        assertEquals("Abel Moss", b.claimant());
    }

    @Test
    void multi_sentence_quotes_before_the_attribution() {
        String text = "'The roof leaked for a month. Nobody fixed it,' said Dora Vance, a tenant.\n\n"
                + "\"Stocks are low,\" said Piet Aal, who is leading the Food Bank drive.";
        assertEquals("Dora Vance", find(text, "roof leaked").claimant());
        assertEquals("Dora Vance", find(text, "Nobody fixed").claimant());
        assertEquals("Piet Aal", find(text, "Stocks are low").claimant());
    }

    @Test
    void participles_after_a_subject_and_a_predicate() {
        ExtractedClaim c = find("Economist Rhea Lam was less gloomy, writing in a blog post that the slowdown was "
                + "\"temporary.\"", "slowdown");
        assertEquals("Rhea Lam", c.claimant());
    }

    @Test
    void coordinated_verbs_before_the_cue() {
        ExtractedClaim c = find("Scientists at Fenwick College sampled 60 lakes over five years and found that "
                + "warming cut oxygen levels by 12 percent.", "warming cut");
        assertTrue(c.claimant().contains("Scientists"), c.toString());
        assertEquals(List.of(12.0), values(c), c.toString()); // "60 lakes" lies outside the claim's words
    }

    @Test
    void a_refusal_does_not_hide_a_real_attribution() {
        ExtractedClaim c = find("The governor declined to comment on the lawsuit but told reporters on Friday that "
                + "the budget was \"balanced.\"", "budget");
        assertTrue(c.claimant().toLowerCase().contains("governor"), c.toString());
    }

    @Test
    void a_pronoun_after_a_colon_takes_the_subject() {
        List<ExtractedClaim> cs = all("Economists at Varo Bank are sceptical: in a report they said the tax was "
                + "unworkable, but warned that deficits left 'no margin'.");
        assertEquals(2, cs.size(), cs.toString());
        assertTrue(cs.stream().allMatch(c -> c.claimant().contains("Varo Bank")), cs.toString());
    }

    @Test
    void list_items_after_an_attributed_intro() {
        String text = "Main findings, according to the inspectorate:\n- 12 wards were understaffed\n"
                + "\u2022 Waiting times rose by 30 percent\n2. Three clinics closed early\n\nThe minister's office "
                + "published figures:\n* 48 new beds opened\n";
        List<ExtractedClaim> cs = all(text);
        assertEquals(3, cs.stream().filter(c -> c.claimant().contains("inspectorate")).count(), cs.toString());
        assertEquals(List.of(30.0), values(find(text, "Waiting times")));
        assertEquals(List.of(12.0), values(find(text, "12 wards")));
    }

    @Test
    void by_her_own_count_attributes_mid_sentence() {
        String text = "Owner Mina Osei opened the shop in 1998. It sells, by her own count, about 1,500 loaves a week.";
        ExtractedClaim c = find(text, "1,500");
        assertEquals("Mina Osei", c.claimant());
    }

    @Test
    void british_style_quotes_and_figures() {
        String text = "The trust needs \u00A3112m to clear its backlog, a 6.5 per cent rise, its chief executive "
                + "Alan Reid said. 'We cannot wait,' he added.";
        ExtractedClaim c = find(text, "backlog");
        assertTrue(values(c).containsAll(List.of(1.12e8, 6.5)), c.toString());
        assertEquals("GBP", c.quantities().get(0).unit());
        assertEquals("Alan Reid", find(text, "We cannot wait").claimant());
    }

    @Test
    void a_says_headline_stays_a_non_claim() {
        List<ExtractedClaim> cs = all("Port chief says trade will double\n\nThe port handled 2 million containers "
                + "last year, its director said.");
        assertEquals(1, cs.size(), cs.toString());
    }
}
