package org.claimdesk.extraction;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ClaimJsonTest {

    private static ExtractedClaim claim(String text, double value) {
        return new ExtractedClaim(text, "S.", 0, text.length(), "Mark Rutte", null, "said", null, ClaimType.STATISTIC,
                List.of(new ExtractedQuantity("11,000 soldiers", value, "soldiers", true)), List.of("some"), 0.85);
    }

    @Test
    void an_empty_list_is_an_empty_array() {
        assertEquals("[]", ClaimJson.toJson(List.of()));
    }

    @Test
    void writes_exactly_the_documented_fields_in_order() {
        String json = ClaimJson.toJson(List.of(claim("x", 11000)));
        String[] fields = {"text", "sentence", "start", "end", "claimant", "claimantDescription", "cue", "via", "type",
                "quantities", "value", "unit", "approximate", "hedges", "checkWorthiness"};
        int at = 0;
        for (String f : fields) {
            int next = json.indexOf("\"" + f + "\": ", at);
            assertTrue(next >= at, f + " in " + json);
            at = next;
        }
        assertTrue(json.contains("\"claimantDescription\": null"));
        assertTrue(json.contains("\"via\": null"));
        assertTrue(json.contains("\"approximate\": true"));
        assertTrue(json.contains("\"checkWorthiness\": 0.85"));
    }

    @Test
    void whole_numbers_have_no_exponent_and_fractions_stay_plain() {
        assertEquals("11000", ClaimJson.number(11000));
        assertEquals("2300000000", ClaimJson.number(2.3e9));
        assertEquals("12.5", ClaimJson.number(12.5));
        assertEquals("-1.8", ClaimJson.number(-1.8));
        assertEquals("0.0001", ClaimJson.number(1e-4));
        assertTrue(ClaimJson.toJson(List.of(claim("x", 2.3e9))).contains("\"value\": 2300000000"));
    }

    @Test
    void escapes_quotes_backslashes_control_characters_and_line_separators() {
        StringBuilder sb = new StringBuilder();
        ClaimJson.string(sb, "a\"b\\c\nd\te\u0001f\u2028g\u2029h");
        assertEquals("\"a\\\"b\\\\c\\nd\\te\\u0001f\\u2028g\\u2029h\"", sb.toString());
        StringBuilder nul = new StringBuilder();
        ClaimJson.string(nul, null);
        assertEquals("null", nul.toString());
    }

    @Test
    void keeps_non_ascii_text_as_is() {
        StringBuilder sb = new StringBuilder();
        ClaimJson.string(sb, "Zelenskyy – “Kursk” €5");
        assertEquals("\"Zelenskyy – “Kursk” €5\"", sb.toString());
    }
}
