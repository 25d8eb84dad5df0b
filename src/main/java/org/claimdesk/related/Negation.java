package org.claimdesk.related;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a claim is negated ("not yet engaged", "hasn't signed", "denied that ..."), and what it negates: the
 * next few content words after the cue, or, after a denial, the whole rest of the claim.
 *
 * @param negated   whether the claim has a negation cue
 * @param cueStart  where the first cue starts in the normalized text (-1 when not negated)
 * @param cueEnd    where it ends (-1 when not negated)
 * @param scope     stems of what is negated; empty when nothing follows the cue (", which Moscow denied")
 */
record Negation(boolean negated, int cueStart, int cueEnd, List<String> scope) {

    static final Negation NONE = new Negation(false, -1, -1, List.of());

    /** How many content words after a negation cue make up what it negates. */
    static final int NEGATED_WORDS = 2;

    /** Words one of which is present whenever {@link #CUE} matches (a "n't" contraction counts too). */
    private static final Set<String> HINTS = Set.of("not", "no", "never", "none", "nobody", "nothing",
            "neither", "nor", "cannot", "denied", "denies", "deny", "denying", "yet");

    private static final Pattern CUE = Pattern.compile(
            "(?<![\\p{L}\\p{N}'])(?:not yet|(?:has|have|had|is|are|was|were) yet to|not(?!\\s+only\\b)"
                    + "|no(?!\\.\\s*\\d)|never|none|nobody|nothing|neither|nor|cannot|denied|denies|deny|denying"
                    + "|\\p{L}+n't)(?![\\p{L}\\p{N}])");

    /** The negation of a claim, from its normalized text and that text's tokens. */
    static Negation in(String lower, List<Token> tokens) {
        boolean hinted = false;
        for (Token token : tokens) {
            if (token.contraction() || HINTS.contains(token.word(lower))) {
                hinted = true;
                break;
            }
        }
        // the pattern only ever matches around one of the hinted words, so most texts skip it
        if (!hinted) {
            return NONE;
        }
        Matcher cue = CUE.matcher(lower);
        if (!cue.find()) {
            return NONE;
        }
        int limit = cue.group().startsWith("den") ? Integer.MAX_VALUE : NEGATED_WORDS;
        List<String> scope = new ArrayList<>();
        for (Token token : tokens) {
            if (token.start() >= cue.end() && token.stem() != null && scope.size() < limit) {
                scope.add(token.stem());
            }
        }
        return new Negation(true, cue.start(), cue.end(), List.copyOf(scope));
    }

    /**
     * A reviewer's reason for a negation suggestion: the cue and up to two words the claims share, quoted from
     * the negated claim ("one says 'not yet … engaged … combat', the other does not"). Shared words after the
     * cue come first, then earlier ones.
     */
    static String reason(String negatedText, String plainText) {
        String lower = Tokenizer.normalize(negatedText);
        String original = negatedText == null ? "" : negatedText;
        // quote the original casing unless lower-casing changed the length (and so the offsets)
        String source = original.length() == lower.length() ? original : lower;
        Matcher cue = CUE.matcher(lower);
        if (!cue.find()) {
            return "one is negated, the other is not";
        }
        Set<String> plainWords = new HashSet<>();
        for (Token token : Tokenizer.tokenize(plainText)) {
            if (token.stem() != null) {
                plainWords.add(token.stem());
            }
        }
        List<Token> shared = new ArrayList<>();
        Set<String> used = new HashSet<>();
        List<Token> tokens = Tokenizer.tokenizeNormalized(lower);
        for (int pass = 0; pass < 2 && shared.size() < 2; pass++) {
            for (Token token : tokens) {
                boolean after = token.start() >= cue.end();
                if ((pass == 0) != after || token.stem() == null || !plainWords.contains(token.stem())
                        || !used.add(token.stem())) {
                    continue;
                }
                shared.add(token);
                if (shared.size() == 2) {
                    break;
                }
            }
        }
        List<Token> quoted = new ArrayList<>(shared);
        quoted.add(new Token(cue.start(), cue.end(), null, false, false));
        quoted.sort(Comparator.comparingInt(Token::start));
        StringBuilder quote = new StringBuilder();
        for (Token span : quoted) {
            if (!quote.isEmpty()) {
                quote.append(" \u2026 ");
            }
            quote.append(source, span.start(), span.end());
        }
        return "one says '" + quote + "', the other does not";
    }
}
