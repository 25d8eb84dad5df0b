package org.claimdesk.extraction;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.claimdesk.extraction.NewsFormats.all;
import static org.claimdesk.extraction.NewsFormats.find;
import static org.claimdesk.extraction.NewsFormats.figures;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Kind 11: British and international style: quotes, per cent, currencies, cues, interpreters, names. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class InternationalStyleTest {

    @Test
    void single_curly_quotes_are_quotations() {
        ExtractedClaim c = find(all("\u2018The ward is full every night,\u2019 the senior nurse said."), "ward is full");
        assertEquals("the senior nurse", c.claimant());
    }

    @Test
    void per_cent_and_currency_suffixes() {
        assertEquals(List.of(4.5), figures("Prices rose 4.5 per cent."));
        assertEquals(List.of(275e6, 3.4e9), figures("The deal is worth \u00A3275m, part of a \u20AC3.4bn plan."));
        assertEquals(List.of(2e12), figures("Debt reached \u00A52tn."));
        assertEquals(List.of(1.5e9), figures("The fund holds \u20A91.5bn."));
    }

    @Test
    void claimed_insisted_wrote_on_x_and_posted_on_social_media_are_cues() {
        List<ExtractedClaim> claims = all("The club claimed the stadium would be ready by May. The striker "
                + "insisted he had been fouled. The senator wrote on X that the bill was dead. The mayor posted on "
                + "social media that the roads were clear.");
        assertEquals("the club", find(claims, "stadium would be ready").claimant());
        assertEquals("the striker", find(claims, "had been fouled").claimant());
        assertEquals("the senator", find(claims, "bill was dead").claimant());
        assertEquals("the mayor", find(claims, "roads were clear").claimant());
    }

    @Test
    void a_speaker_through_an_interpreter_and_later_by_family_name() {
        List<ExtractedClaim> claims = all("Park Min-seo, the fisheries minister, said through an interpreter that "
                + "catches fell 18 per cent. Park said the fleet would shrink.");
        assertEquals("Park Min-seo", find(claims, "catches fell").claimant());
        assertEquals("Park Min-seo", find(claims, "fleet would shrink").claimant());
    }

    @Test
    void a_single_name_speaker_is_the_claimant() {
        ExtractedClaim c = find(all("Villagers were moved inland, Suharti, the district head, said."), "moved inland");
        assertEquals("Suharti", c.claimant());
    }

    @Test
    void a_ministry_whose_name_contains_a_comma_is_one_claimant() {
        ExtractedClaim c = find(all("The dam will irrigate 40,000 hectares, the Ministry of Land, Water and Forests "
                + "said on Monday."), "irrigate");
        assertEquals("the Ministry of Land, Water and Forests", c.claimant());
    }
}
