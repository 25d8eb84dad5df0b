package org.claimdesk.extraction;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** Odd input never breaks extraction: random word salad, unbalanced quotes, long texts without full stops. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class RobustnessTest {

    private static final String[] PARTS = {"said", "told", "according to", ",", ".", "\"", "\u201C", "\u201D", "'",
        "(", ")", "--", "\u2014", "\n", "\n\n", "the", "The", "Mr.", "U.S.", "Oct.", "5", "1,000", "2.5", "$", "\u20AC",
        "%", "million", "between", "and", "to", "Smith", "John", "(Yonhap)", "it", "he", "ministry", "officials",
        "noting", "adding", "that", ":", ";", "?", "who", "saying", "as", "was", "quoted", "some", "2024", "\u2028",
        "\uD83D\uDE42", "but", "an", "estimated", "Dr.", "-1.8", "\r\n"};

    @Test
    void random_word_salad_gives_consistent_spans_and_never_throws() {
        Random r = new Random(7);
        for (int i = 0; i < 3000; i++) {
            StringBuilder sb = new StringBuilder();
            int n = r.nextInt(60);
            for (int k = 0; k < n; k++) {
                sb.append(PARTS[r.nextInt(PARTS.length)]).append(r.nextBoolean() ? " " : "");
            }
            String text = sb.toString();
            for (ExtractedClaim c : ClaimExtractor.standard().extract(text)) {
                assertEquals(c.text(), text.substring(c.start(), c.end()), text);
                assertFalse(c.claimant().isBlank(), text);
            }
            ClaimJson.toJson(ClaimExtractor.standard().extract(text));
        }
    }

    @Test
    void pathological_texts_finish_quickly() {
        String[] texts = {"said, ".repeat(50_000), ("\"" + "the minister said that ".repeat(50)).repeat(300),
            "1,".repeat(50_000) + "000", "A".repeat(200_000), "(".repeat(20_000) + ")".repeat(20_000)};
        for (String t : texts) {
            assertTimeoutPreemptively(java.time.Duration.ofSeconds(5), () -> ClaimExtractor.standard().extract(t));
        }
    }
}
