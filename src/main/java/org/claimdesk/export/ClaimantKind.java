package org.claimdesk.export;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether a claimant is a person or an organization, for the schema.org type of a ClaimReview's claim author.
 * Extraction keeps the claimant as written ("Pentagon spokesman John Kirby", "South Korea's spy agency",
 * "a court filing"), so this reads the words: the head noun of the phrase decides first ("Ministry spokesman" is
 * a person, "the minister's office" an organization), then a person's title anywhere ("President Zelensky"), then
 * an organization word or an acronym ("NATO"), then a group in the plural ("officials"). A name it does not know
 * ("Kim Jong Un", "Acme") is taken for a person's: most quoted claimants are people.
 */
public enum ClaimantKind {
    PERSON("Person"),
    ORGANIZATION("Organization");

    /** The schema.org type. */
    public final String schemaType;

    ClaimantKind(String schemaType) {
        this.schemaType = schemaType;
    }

    /** Words that make the phrase a person: titles, roles and the singular of one speaker. */
    private static final Set<String> PERSON_WORDS = Set.of(
            "president", "vice-president", "minister", "premier", "chancellor", "secretary", "spokesman",
            "spokeswoman", "spokesperson", "senator", "sen", "rep", "representative", "congressman", "congresswoman",
            "lawmaker", "mp", "mayor", "governor", "general", "gen", "colonel", "col", "lt", "lieutenant", "major",
            "captain", "capt", "admiral", "commander", "sergeant", "sgt", "officer", "official", "chief", "head",
            "leader", "director", "ceo", "cfo", "chairman", "chairwoman", "chairperson", "chair", "judge", "justice",
            "lawyer", "attorney", "prosecutor", "dr", "mr", "mrs", "ms", "prof", "professor", "king", "queen",
            "prince", "princess", "pope", "ambassador", "envoy", "analyst", "expert", "economist", "researcher",
            "scientist", "author", "witness", "resident", "source", "deputy", "adviser", "advisor", "aide",
            "reporter", "journalist", "correspondent", "candidate", "founder", "owner", "doctor", "nurse",
            "teacher", "student", "soldier", "activist", "he", "she", "man", "woman", "member", "diplomat",
            "commissioner", "inspector", "coach", "manager", "strategist", "historian");

    /** Words that make the phrase an organization, a group or a document. */
    private static final Set<String> ORGANIZATION_WORDS = Set.of(
            "ministry", "ministries", "department", "departments", "agency", "agencies", "police", "army", "navy",
            "military", "forces", "force", "government", "governments", "administration", "officials",
            "authorities", "authority", "office", "council", "committee", "commission", "court", "courts", "filing",
            "study", "studies", "report", "reports", "survey", "poll", "data", "statistics", "document",
            "documents", "statement", "university", "institute", "institution", "company", "companies", "corp",
            "corporation", "inc", "ltd", "llc", "gmbh", "plc", "ag", "sa", "co", "group", "union", "unions",
            "association", "federation", "party", "parliament", "congress", "senate", "assembly", "cabinet",
            "bank", "service", "services", "board", "bureau", "center", "centre", "foundation", "organization",
            "organisation", "newspaper", "outlet", "magazine", "channel", "network", "media", "press", "times",
            "post", "radio", "tv", "television", "website", "command", "embassy", "municipality", "hospital",
            "school", "firm", "lab", "laboratory", "team", "coalition", "alliance", "regime", "house", "states",
            "kingdom", "republic", "kremlin", "pentagon", "reuters", "yonhap", "nations", "industry", "ngo");

    /** Corporate suffixes: "Acme, Inc." is a company even though "Acme" comes first. */
    private static final Pattern CORPORATE_SUFFIX = Pattern.compile(
            "(?i).*[\\s,](inc|ltd|llc|gmbh|plc|corp|co|ag|s\\.?a)\\.?$");

    /** Where a head noun ends: its complement ("head of the ministry", "a spokesman for the army"). */
    private static final Pattern COMPLEMENT = Pattern.compile("(?i)\\s+(of|for|at|from|in|with|on behalf of)\\s+.*$");

    private static final Pattern POSSESSIVE = Pattern.compile("['’]s\\s+");

    /** An acronym: "NATO", "UN", "U.N.", "KCNA" (two to six capitals once the dots are gone). */
    private static final Pattern ACRONYM = Pattern.compile("[A-Z]{2,6}");

    /** A person's or an organization's phrase; null when there is no claimant. */
    public static ClaimantKind of(String claimant) {
        if (claimant == null || claimant.isBlank()) {
            return null;
        }
        String phrase = claimant.strip().replaceAll("[\\s.:;!?]+$", "");
        if (CORPORATE_SUFFIX.matcher(phrase).matches()) {
            return ORGANIZATION;
        }
        String head = headPhrase(phrase);
        List<String> words = words(head);
        if (words.isEmpty()) {
            return PERSON;
        }
        String last = words.getLast();
        String lastLower = last.toLowerCase(Locale.ROOT);
        if (PERSON_WORDS.contains(lastLower)) {
            return PERSON;
        }
        if (ORGANIZATION_WORDS.contains(lastLower) || ACRONYM.matcher(last).matches()) {
            return ORGANIZATION;
        }
        if (words.stream().anyMatch(w -> PERSON_WORDS.contains(w.toLowerCase(Locale.ROOT)))) {
            return PERSON; // "President Volodymyr Zelensky", "Pentagon spokesman John Kirby"
        }
        // an acronym as written ("NATO envoy" is caught above; "NATO troops" here), not initials ("J.R.R. Tolkien")
        if (words.stream().anyMatch(w -> ORGANIZATION_WORDS.contains(w.toLowerCase(Locale.ROOT)))
                || Arrays.stream(head.split("\\s+")).anyMatch(w -> ACRONYM.matcher(w).matches())) {
            return ORGANIZATION;
        }
        if (last.equals(lastLower) && lastLower.length() > 3 && lastLower.endsWith("s") && !lastLower.endsWith("ss")) {
            return ORGANIZATION; // a group in the plural: "experts", "local residents"
        }
        return PERSON;
    }

    /**
     * The part of the phrase that names the speaker: after the last possessive ("Russia's defence minister" is a
     * minister), before a complement ("head of the ministry" is a head) or an apposition after a comma
     * ("John Kirby, Pentagon spokesman").
     */
    private static String headPhrase(String phrase) {
        String head = phrase;
        int comma = head.indexOf(',');
        if (comma > 0) {
            head = head.substring(0, comma);
        }
        String[] afterPossessives = POSSESSIVE.split(head);
        head = afterPossessives[afterPossessives.length - 1];
        return COMPLEMENT.matcher(head).replaceFirst("");
    }

    /** The words, with dots and other punctuation inside or around them removed ("U.N." is "UN"). */
    private static List<String> words(String phrase) {
        return Arrays.stream(phrase.split("[\\s/]+"))
                .map(w -> w.replaceAll("[^\\p{L}\\p{N}-]", ""))
                .filter(w -> !w.isEmpty())
                .toList();
    }
}
