package org.claimdesk.related;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Splits claim text into words and keeps the content words' stems: what two claims are compared by. */
final class Tokenizer {

    private static final Set<String> STOP_WORDS = Set.of(
            // articles, determiners, quantifiers
            "a", "an", "the", "this", "that", "these", "those", "each", "every", "all", "any", "both", "either",
            "neither", "other", "others", "another", "such", "same", "own", "some", "many", "much", "more", "most",
            "less", "least", "few", "fewer", "several", "various", "lot", "lots",
            // pronouns
            "i", "me", "my", "mine", "we", "us", "our", "ours", "you", "your", "yours", "he", "him", "his", "she",
            "her", "hers", "it", "its", "they", "them", "their", "theirs", "myself", "ourselves", "yourself",
            "himself", "herself", "itself", "themselves", "one", "ones", "someone", "anyone", "everyone",
            "something", "anything", "everything",
            // auxiliaries and modals
            "be", "been", "being", "am", "is", "are", "was", "were", "do", "does", "did", "done", "doing", "have",
            "has", "had", "having", "will", "would", "shall", "should", "can", "could", "may", "might", "must",
            "ought", "get", "gets", "got", "re", "ve", "ll",
            // prepositions
            "of", "in", "on", "at", "by", "for", "with", "from", "to", "into", "onto", "about", "between", "among",
            "amid", "through", "during", "before", "after", "above", "below", "against", "without", "within",
            "along", "across", "behind", "beyond", "near", "per", "via", "since", "until", "till", "upon", "toward",
            "towards", "as", "like", "over", "under", "around", "off", "out", "up", "down", "than", "despite",
            // conjunctions, relatives, question words
            "and", "or", "but", "nor", "so", "because", "if", "while", "although", "though", "whether", "which",
            "who", "whom", "whose", "what", "when", "where", "why", "how", "then", "also", "however", "yet",
            // negations (Negation looks at them)
            "not", "no", "never", "none", "nobody", "nothing", "cannot",
            // adverbs with little content
            "just", "only", "still", "even", "already", "now", "there", "here", "very", "really", "too", "again",
            "almost", "nearly", "roughly", "approximately", "well", "ever",
            // reporting verbs
            "said", "say", "says", "saying", "told", "tell", "tells", "according", "added", "stated", "noted",
            "claimed", "claims", "announced",
            // number words (figures are compared as values)
            "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "twenty",
            "thirty", "forty", "fifty", "hundred", "hundreds", "thousand", "thousands", "million", "millions",
            "billion", "billions", "trillion", "dozen", "dozens", "percent", "pct");

    private Tokenizer() {
    }

    /** Lower case with typographic apostrophes made plain, so "hasn’t" and "hasn't" read alike; never null. */
    static String normalize(String text) {
        if (text == null) {
            return "";
        }
        return text.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace('\u2018', '\'').replace('\u02BC', '\'');
    }

    static List<Token> tokenize(String text) {
        return tokenizeNormalized(normalize(text));
    }

    /** The words of text already {@link #normalize normalized}, with offsets into it. */
    static List<Token> tokenizeNormalized(String lower) {
        List<Token> tokens = new ArrayList<>();
        int length = lower.length();
        int i = 0;
        while (i < length) {
            while (i < length && !Character.isLetterOrDigit(lower.charAt(i))) {
                i++;
            }
            int start = i;
            boolean digit = false;
            while (i < length && Character.isLetterOrDigit(lower.charAt(i))) {
                digit |= Character.isDigit(lower.charAt(i));
                i++;
            }
            if (start == i) {
                break;
            }
            String word = lower.substring(start, i);
            boolean contraction = lower.startsWith("'t", i)
                    && (i + 2 >= length || !Character.isLetterOrDigit(lower.charAt(i + 2)));
            String stem = null;
            if (!digit && !contraction && word.length() >= 2 && !STOP_WORDS.contains(word)) {
                String stemmed = Stemmer.stem(word);
                if (stemmed.length() >= 2 && !STOP_WORDS.contains(stemmed)) {
                    stem = stemmed;
                }
            }
            tokens.add(new Token(start, i, stem, digit, contraction));
        }
        return tokens;
    }
}
