package org.claimdesk.claim;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Suggests links between claims: same claim, contradiction, a figure mismatch on the same subject.
 *
 * <p>Plain JDK, stateless and thread-safe: every call builds its own working data; the only shared
 * state is immutable (word lists, compiled patterns).
 *
 * <p>Rules, on content words (lowercased, stop words dropped, lightly stemmed, numbers left out):
 * <ul>
 *   <li>{@link Kind#CONTRADICTS}, negation: the claims share {@value #MIN_SHARED_WORDS} content words or
 *       have a Jaccard similarity of at least {@value #NEGATION_JACCARD}, and exactly one is negated.</li>
 *   <li>{@link Kind#CONTRADICTS}, figures: same subject ({@value #MIN_SHARED_WORDS} shared words or Jaccard
 *       at least {@value #FIGURE_JACCARD}), the counted noun (or unit) agrees, and no figure of one equals
 *       a figure of the other within 1%.</li>
 *   <li>{@link Kind#SAME_CLAIM}: claims from different articles, with neither a negation difference nor
 *       differing figures, whose Jaccard similarity is at least {@value #SAME_CLAIM_JACCARD}, or at least
 *       {@value #SAME_CLAIMANT_JACCARD} when the claimants share a surname.</li>
 * </ul>
 */
final class RelatedClaimFinder {

    /** What the suggestion proposes. */
    enum Kind { SAME_CLAIM, CONTRADICTS }

    record Candidate(long id, long articleId, String text, String claimant, List<Double> values) {
    }

    record Suggestion(long fromId, long toId, Kind kind, String reason) {
    }

    static final int MAX_SUGGESTIONS = 50;
    static final double SAME_CLAIM_JACCARD = 0.6;
    static final double SAME_CLAIMANT_JACCARD = 0.45;
    static final double NEGATION_JACCARD = 0.25;
    static final double FIGURE_JACCARD = 0.4;
    static final int MIN_SHARED_WORDS = 3;
    static final double FIGURE_TOLERANCE = 0.01;

    /** How many words after a figure may name what it counts, and how many content words of them are kept. */
    private static final int COUNTED_WINDOW = 5;
    private static final int COUNTED_WORDS = 3;
    /** How many content words after a negation cue make up what it negates. */
    private static final int NEGATED_WORDS = 2;

    private static final Set<String> STOP_WORDS = words(
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
            // negations (handled separately)
            "not", "no", "never", "none", "nobody", "nothing", "cannot",
            // adverbs with little content
            "just", "only", "still", "even", "already", "now", "there", "here", "very", "really", "too", "again",
            "almost", "nearly", "roughly", "approximately", "about", "some", "least", "well", "ever",
            // reporting verbs
            "said", "say", "says", "saying", "told", "tell", "tells", "according", "added", "stated", "noted",
            "claimed", "claims", "announced",
            // number words (figures live in Candidate.values)
            "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "twenty",
            "thirty", "forty", "fifty", "hundred", "hundreds", "thousand", "thousands", "million", "millions",
            "billion", "billions", "trillion", "dozen", "dozens", "percent", "pct");

    /** Claimant last words that name a role, not a person: two anonymous officials are not the same claimant. */
    private static final Set<String> GENERIC_CLAIMANTS = words(
            "official", "officials", "spokesperson", "spokesman", "spokeswoman", "source", "sources", "minister",
            "ministry", "president", "office", "government", "police", "army", "military", "statement", "report",
            "analyst", "analysts", "expert", "experts", "resident", "residents", "witness", "witnesses",
            "authorities", "authority", "agency", "department", "council", "committee", "staff", "intelligence",
            "service", "services", "media", "unknown", "anonymous", "spokesperson", "representative", "officer",
            "leader", "people", "person", "group", "company", "researchers", "study", "data");

    /** Words one of which is present whenever {@link #NEGATION} matches (a "n't" word counts too). */
    private static final Set<String> NEGATION_HINTS = words("not", "no", "never", "none", "nobody", "nothing",
            "neither", "nor", "cannot", "denied", "denies", "deny", "denying", "yet");

    private static final Pattern NEGATION = Pattern.compile(
            "(?<![\\p{L}\\p{N}'])(?:not yet|(?:has|have|had|is|are|was|were) yet to|not(?!\\s+only\\b)"
                    + "|no(?!\\.\\s*\\d)|never|none|nobody|nothing|neither|nor|cannot|denied|denies|deny|denying"
                    + "|\\p{L}+n't)(?![\\p{L}\\p{N}])");

    private static final Pattern PERCENT_AFTER = Pattern.compile(
            "\\s*(?:%|percent\\b|per cent\\b|pct\\b|percentage point)");

    /** At most this many suggestions for one fresh claim, so that one widely repeated claim cannot crowd out the rest. */
    static final int MAX_PER_CLAIM = 5;

    /**
     * Contradictions first, then by word overlap; ties go to the newest other claim (the highest id), which is
     * the one a reviewer most likely remembers, then in a stable order.
     */
    private static final Comparator<Match> BEST_FIRST = Comparator
            .comparing((Match m) -> m.rule().kind == Kind.CONTRADICTS ? 0 : 1)
            .thenComparing(Comparator.comparingDouble(Match::jaccard).reversed())
            .thenComparing(Comparator.comparingLong((Match m) -> m.to().candidate().id()).reversed())
            .thenComparingLong(m -> m.from().candidate().id());

    private RelatedClaimFinder() {
    }

    private static Set<String> words(String... words) {
        return Set.copyOf(Arrays.asList(words));
    }

    /** Suggestions between each fresh claim and the others: other fresh claims (each unordered pair once) and the existing ones. */
    static List<Suggestion> suggest(List<Candidate> fresh, List<Candidate> existing) {
        Map<String, Integer> vocabulary = new HashMap<>();
        Set<Long> freshIds = new HashSet<>();
        List<Prepared> freshClaims = prepareAll(fresh, freshIds, Set.of(), vocabulary);
        List<Prepared> existingClaims = prepareAll(existing, new HashSet<>(), freshIds, vocabulary);

        Map<Long, PriorityQueue<Match>> kept = new HashMap<>();
        for (int i = 0; i < freshClaims.size(); i++) {
            Prepared from = freshClaims.get(i);
            for (int j = i + 1; j < freshClaims.size(); j++) {
                Prepared to = freshClaims.get(j);
                keep(kept, evaluate(from, to, sharedCount(from.words, to.words)));
            }
        }
        // existing claims: count shared words through an inverted index, so only overlapping pairs are looked at
        WordIndex index = new WordIndex(existingClaims, vocabulary.size());
        int[] shared = new int[existingClaims.size()];
        int[] touched = new int[existingClaims.size()];
        for (Prepared from : freshClaims) {
            int touchedCount = 0;
            for (int word : from.words) {
                for (int p = index.start[word]; p < index.start[word + 1]; p++) {
                    int claim = index.claims[p];
                    if (shared[claim]++ == 0) {
                        touched[touchedCount++] = claim;
                    }
                }
            }
            for (int t = 0; t < touchedCount; t++) {
                int claim = touched[t];
                keep(kept, evaluate(from, existingClaims.get(claim), shared[claim]));
                shared[claim] = 0;
            }
        }
        List<Match> best = new ArrayList<>();
        kept.values().forEach(best::addAll);
        best.sort(BEST_FIRST);
        if (best.size() > MAX_SUGGESTIONS) {
            best = new ArrayList<>(best.subList(0, MAX_SUGGESTIONS));
        }
        List<Suggestion> suggestions = new ArrayList<>(best.size());
        for (Match match : best) {
            // reasons are written only for the suggestions that are kept
            suggestions.add(new Suggestion(match.from().candidate().id(), match.to().candidate().id(),
                    match.rule().kind, reason(match)));
        }
        return suggestions;
    }

    private static void keep(Map<Long, PriorityQueue<Match>> kept, Match match) {
        if (match == null) {
            return;
        }
        PriorityQueue<Match> ofClaim = kept.computeIfAbsent(match.from().candidate().id(),
                id -> new PriorityQueue<>(BEST_FIRST.reversed()));
        ofClaim.add(match);
        if (ofClaim.size() > MAX_PER_CLAIM) {
            ofClaim.poll();
        }
    }

    /** The strongest rule that links one pair, or null: a contradiction beats a same-claim link. */
    private static Match evaluate(Prepared from, Prepared to, int shared) {
        if (shared == 0) {
            return null;
        }
        double jaccard = shared / (double) (from.words.length + to.words.length - shared);

        if (from.negated != to.negated && (shared >= MIN_SHARED_WORDS || jaccard >= NEGATION_JACCARD)
                && negationConcernsTheOther(from.negated ? from : to, from.negated ? to : from)) {
            return new Match(from, to, Rule.NEGATION, jaccard);
        }
        boolean figuresDiffer = from.values.length > 0 && to.values.length > 0 && !anyFigureEqual(from.values, to.values);
        if (figuresDiffer && (shared >= MIN_SHARED_WORDS || jaccard >= FIGURE_JACCARD)
                && sameCountedThing(from, to, shared, jaccard)) {
            return new Match(from, to, Rule.FIGURES, jaccard);
        }
        if (from.candidate.articleId() == to.candidate.articleId() || from.negated != to.negated || figuresDiffer) {
            return null;
        }
        boolean sameClaimant = from.surname != null && from.surname.equals(to.surname);
        if (jaccard >= SAME_CLAIM_JACCARD || (sameClaimant && jaccard >= SAME_CLAIMANT_JACCARD)) {
            return new Match(from, to, sameClaimant ? Rule.SAME_CLAIMANT_WORDING : Rule.WORDING, jaccard);
        }
        return null;
    }

    private static String reason(Match match) {
        String jaccard = " (Jaccard " + String.format(Locale.ROOT, "%.2f", match.jaccard()) + ")";
        return switch (match.rule()) {
            case NEGATION -> negationReason(match.from(), match.to());
            case FIGURES -> "same subject, different figures: " + figures(match.from().values) + " vs "
                    + figures(match.to().values);
            case WORDING -> "similar wording" + jaccard;
            case SAME_CLAIMANT_WORDING -> "same claimant, similar wording" + jaccard;
        };
    }

    // ---------------------------------------------------------------- figures

    private static boolean anyFigureEqual(double[] a, double[] b) {
        for (double x : a) {
            for (double y : b) {
                if (Math.abs(x - y) <= FIGURE_TOLERANCE * Math.max(Math.abs(x), Math.abs(y))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether the figures count the same thing: a percentage only compares with a percentage, a sum of money
     * with the same currency, and a plain count needs a shared counted noun ("11,000 ... soldiers" vs
     * "10,000 ... soldiers"). When the text shows no numerals, only a clearly shared subject will do.
     */
    private static boolean sameCountedThing(Prepared a, Prepared b, int shared, double jaccard) {
        if (a.numerals.isEmpty() || b.numerals.isEmpty()) {
            return shared >= MIN_SHARED_WORDS && jaccard >= FIGURE_JACCARD;
        }
        for (Numeral x : a.numerals) {
            for (Numeral y : b.numerals) {
                if (!x.unit().equals(y.unit())) {
                    continue;
                }
                if (!x.unit().isEmpty() || sharedCount(x.counted(), y.counted()) > 0) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String figures(double[] values) {
        DecimalFormat format = new DecimalFormat("#,##0.###", DecimalFormatSymbols.getInstance(Locale.US));
        StringBuilder out = new StringBuilder();
        for (double value : values) {
            if (!out.isEmpty()) {
                out.append(", ");
            }
            out.append(format.format(value));
        }
        return out.toString();
    }

    // ---------------------------------------------------------------- negation

    /**
     * The negation must deny something the other claim says: one of the first content words after the cue
     * (or, after "denied", any later word) is shared ("have not yet engaged in ... combat" vs "combat
     * engagement"), not just a subject around it ("North Korean troops ... have not yet engaged" vs
     * "11,000 North Korean soldiers ..."; "has not confirmed the presence of North Korean troops" vs
     * "North Korean troops have been deployed"). A cue with nothing after it (" ..., which Moscow denied")
     * is given the benefit of the doubt.
     */
    private static boolean negationConcernsTheOther(Prepared negated, Prepared plain) {
        return negated.negationScope.length == 0 || sharedCount(negated.negationScope, plain.words) > 0;
    }

    private static String negationReason(Prepared from, Prepared to) {
        Prepared negated = from.negated ? from : to;
        Prepared plain = from.negated ? to : from;
        String lower = normalize(negated.candidate.text());
        String original = negated.candidate.text() == null ? "" : negated.candidate.text();
        String source = original.length() == lower.length() ? original : lower;
        Matcher cue = NEGATION.matcher(lower);
        if (!cue.find()) {
            return "one is negated, the other is not";
        }
        Set<String> plainWords = new HashSet<>();
        for (Token token : tokenize(plain.candidate.text())) {
            if (token.stem() != null) {
                plainWords.add(token.stem());
            }
        }
        List<Token> sharedTokens = new ArrayList<>();
        Set<String> used = new HashSet<>();
        List<Token> tokens = tokenize(negated.candidate.text());
        // prefer shared words after the negation, then fill up with earlier ones
        for (int pass = 0; pass < 2 && sharedTokens.size() < 2; pass++) {
            for (Token token : tokens) {
                boolean after = token.start() >= cue.end();
                if ((pass == 0) != after || token.stem() == null || !plainWords.contains(token.stem())
                        || !used.add(token.stem())) {
                    continue;
                }
                sharedTokens.add(token);
                if (sharedTokens.size() == 2) {
                    break;
                }
            }
        }
        List<int[]> spans = new ArrayList<>();
        spans.add(new int[] {cue.start(), cue.end()});
        for (Token token : sharedTokens) {
            spans.add(new int[] {token.start(), token.end()});
        }
        spans.sort(Comparator.comparingInt(span -> span[0]));
        StringBuilder quote = new StringBuilder();
        for (int[] span : spans) {
            if (!quote.isEmpty()) {
                quote.append(" \u2026 ");
            }
            quote.append(source, span[0], span[1]);
        }
        return "one says '" + quote + "', the other does not";
    }

    // ---------------------------------------------------------------- preparation

    private static List<Prepared> prepareAll(List<Candidate> candidates, Set<Long> seenIds, Set<Long> skipIds,
                                             Map<String, Integer> vocabulary) {
        if (candidates == null) {
            return List.of();
        }
        List<Prepared> prepared = new ArrayList<>(candidates.size());
        for (Candidate candidate : candidates) {
            if (candidate == null || skipIds.contains(candidate.id()) || !seenIds.add(candidate.id())) {
                continue; // a claim is never compared with itself, nor a pair twice
            }
            prepared.add(prepare(candidate, vocabulary));
        }
        return prepared;
    }

    private static Prepared prepare(Candidate candidate, Map<String, Integer> vocabulary) {
        String lower = normalize(candidate.text());
        List<Token> tokens = tokenizeNormalized(lower);

        List<String> stems = new ArrayList<>(tokens.size());
        boolean mayBeNegated = false;
        boolean hasDigits = false;
        for (Token token : tokens) {
            if (token.stem() != null) {
                stems.add(token.stem());
            }
            mayBeNegated |= token.negationHint();
            hasDigits |= token.digits();
        }
        // the pattern only ever matches around one of the hinted words, so most texts skip it
        Matcher cue = NEGATION.matcher(lower);
        boolean negated = mayBeNegated && cue.find();
        List<String> scope = new ArrayList<>();
        if (negated) {
            // what is negated: the next few content words ("not yet engaged in full-fledged ..."),
            // or the whole rest of the claim after a denial ("denied that ... troops were fighting ...")
            int limit = cue.group().startsWith("den") ? Integer.MAX_VALUE : NEGATED_WORDS;
            for (Token token : tokens) {
                if (token.start() >= cue.end() && token.stem() != null && scope.size() < limit) {
                    scope.add(token.stem());
                }
            }
        }

        List<Numeral> numerals = new ArrayList<>();
        if (hasDigits) {
            for (int i = 0; i < lower.length(); i++) {
                if (Character.isDigit(lower.charAt(i)) && (i == 0 || !Character.isLetterOrDigit(lower.charAt(i - 1)))) {
                    int end = numberEnd(lower, i);
                    numerals.add(numeral(lower, i, end, tokens, vocabulary));
                    i = end;
                }
            }
        }

        List<Double> rawValues = candidate.values() == null ? List.of() : candidate.values();
        double[] values = new double[rawValues.size()];
        int count = 0;
        for (Double value : rawValues) {
            if (value != null && Double.isFinite(value)) {
                values[count++] = value;
            }
        }
        return new Prepared(candidate, ids(stems, vocabulary), negated, ids(scope, vocabulary),
                Arrays.copyOf(values, count), List.copyOf(numerals), surname(candidate.claimant()));
    }

    /** End of a figure starting at {@code start}: digits, thousands groups ("2,500") and decimals ("2.5"). */
    private static int numberEnd(String text, int start) {
        int i = digitsEnd(text, start);
        while (i + 4 <= text.length() && text.charAt(i) == ',' && digitsEnd(text, i + 1) == i + 4) {
            i += 4;
        }
        if (i + 1 < text.length() && text.charAt(i) == '.' && Character.isDigit(text.charAt(i + 1))) {
            i = digitsEnd(text, i + 1);
        }
        return i;
    }

    private static int digitsEnd(String text, int from) {
        int i = from;
        while (i < text.length() && Character.isDigit(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static Numeral numeral(String lower, int start, int end, List<Token> tokens, Map<String, Integer> vocabulary) {
        if (PERCENT_AFTER.matcher(lower).region(end, lower.length()).lookingAt()) {
            return new Numeral("%", new int[0]);
        }
        int before = start - 1;
        while (before >= 0 && lower.charAt(before) == ' ') {
            before--;
        }
        if (before >= 0 && "$\u20AC\u00A3\u00A5\u20B9".indexOf(lower.charAt(before)) >= 0) {
            return new Numeral(String.valueOf(lower.charAt(before)), new int[0]);
        }
        // the counted thing: the first content words after the figure, within the same clause
        List<String> counted = new ArrayList<>();
        int position = end;
        int seen = 0;
        for (Token token : tokens) {
            if (token.start() < end) {
                continue;
            }
            if (seen++ >= COUNTED_WINDOW || counted.size() >= COUNTED_WORDS || breaksClause(lower, position, token.start())) {
                break;
            }
            position = token.end();
            if (token.stem() != null) {
                counted.add(token.stem());
            }
        }
        return new Numeral("", ids(counted, vocabulary));
    }

    private static boolean breaksClause(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (".,;:!?()[]\"".indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static int[] ids(List<String> stems, Map<String, Integer> vocabulary) {
        int[] ids = new int[stems.size()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = vocabulary.computeIfAbsent(stems.get(i), k -> vocabulary.size());
        }
        Arrays.sort(ids);
        int distinct = 0;
        for (int i = 0; i < ids.length; i++) {
            if (i == 0 || ids[i] != ids[i - 1]) {
                ids[distinct++] = ids[i];
            }
        }
        return Arrays.copyOf(ids, distinct);
    }

    /** Size of the intersection of two sorted, duplicate-free arrays. */
    private static int sharedCount(int[] a, int[] b) {
        int i = 0;
        int j = 0;
        int shared = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                shared++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return shared;
    }

    private static String surname(String claimant) {
        if (claimant == null) {
            return null;
        }
        int end = claimant.length();
        while (end > 0 && !Character.isLetter(claimant.charAt(end - 1))) {
            end--;
        }
        int start = end;
        while (start > 0 && Character.isLetter(claimant.charAt(start - 1))) {
            start--;
        }
        String last = claimant.substring(start, end).toLowerCase(Locale.ROOT);
        return last.length() < 2 || GENERIC_CLAIMANTS.contains(last) ? null : last;
    }

    // ---------------------------------------------------------------- words

    private static String normalize(String text) {
        if (text == null) {
            return "";
        }
        return text.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace('\u2018', '\'').replace('\u02BC', '\'');
    }

    private static List<Token> tokenize(String text) {
        return tokenizeNormalized(normalize(text));
    }

    /** Words of normalized text; a token's stem is null when it is not a content word. */
    private static List<Token> tokenizeNormalized(String lower) {
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
            boolean contraction = lower.startsWith("'t", i) && (i + 2 >= length || !Character.isLetterOrDigit(lower.charAt(i + 2)));
            String stem = null;
            if (!digit && !contraction && word.length() >= 2 && !STOP_WORDS.contains(word)) {
                String stemmed = stem(word);
                if (stemmed.length() >= 2 && !STOP_WORDS.contains(stemmed)) {
                    stem = stemmed;
                }
            }
            tokens.add(new Token(start, i, stem, digit, contraction || NEGATION_HINTS.contains(word)));
        }
        return tokens;
    }

    /** Light stemming: plurals, -ed, -ing, -ment, doubled consonants and a final -e, so "engagement", "engaged", "engage" meet. */
    static String stem(String word) {
        String w = word;
        if (w.length() > 4 && w.endsWith("ies")) {
            w = w.substring(0, w.length() - 3) + "y";
        } else if (w.length() > 4 && (w.endsWith("sses") || w.endsWith("xes") || w.endsWith("zes")
                || w.endsWith("ches") || w.endsWith("shes"))) {
            w = w.substring(0, w.length() - 2);
        } else if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
            w = w.substring(0, w.length() - 1);
        }
        boolean verbal = false;
        if (w.length() > 4 && w.endsWith("ied")) {
            w = w.substring(0, w.length() - 3) + "y";
        } else if (w.length() > 4 && w.endsWith("ed") && !w.endsWith("eed")) {
            w = w.substring(0, w.length() - 2);
            verbal = true;
        } else if (w.length() > 5 && w.endsWith("ing")) {
            w = w.substring(0, w.length() - 3);
            verbal = true;
        }
        if (w.length() >= 8 && w.endsWith("ment")) {
            w = w.substring(0, w.length() - 4);
        }
        if (verbal && w.length() > 3) {
            char last = w.charAt(w.length() - 1);
            if (last == w.charAt(w.length() - 2) && "bdgmnprt".indexOf(last) >= 0) {
                w = w.substring(0, w.length() - 1);
            }
        }
        if (w.length() > 3 && w.endsWith("e") && !w.endsWith("ee")) {
            w = w.substring(0, w.length() - 1);
        }
        return w;
    }

    /** A word of normalized text; stem is null for words that carry no content. */
    private record Token(int start, int end, String stem, boolean digits, boolean negationHint) {
    }

    private record Numeral(String unit, int[] counted) {
    }

    private record Prepared(Candidate candidate, int[] words, boolean negated, int[] negationScope, double[] values,
                            List<Numeral> numerals, String surname) {
    }

    private enum Rule {
        NEGATION(Kind.CONTRADICTS), FIGURES(Kind.CONTRADICTS), WORDING(Kind.SAME_CLAIM), SAME_CLAIMANT_WORDING(Kind.SAME_CLAIM);

        final Kind kind;

        Rule(Kind kind) {
            this.kind = kind;
        }
    }

    /** Word id to the claims containing it, in compressed rows: claims[start[w] .. start[w + 1]). */
    private static final class WordIndex {
        final int[] start;
        final int[] claims;

        WordIndex(List<Prepared> prepared, int vocabularySize) {
            start = new int[vocabularySize + 1];
            int total = 0;
            for (Prepared claim : prepared) {
                for (int word : claim.words) {
                    start[word + 1]++;
                }
                total += claim.words.length;
            }
            for (int w = 0; w < vocabularySize; w++) {
                start[w + 1] += start[w];
            }
            claims = new int[total];
            int[] next = Arrays.copyOf(start, vocabularySize);
            for (int c = 0; c < prepared.size(); c++) {
                for (int word : prepared.get(c).words) {
                    claims[next[word]++] = c;
                }
            }
        }
    }

    private record Match(Prepared from, Prepared to, Rule rule, double jaccard) {
    }
}
