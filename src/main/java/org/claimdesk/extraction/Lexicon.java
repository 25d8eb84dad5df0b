package org.claimdesk.extraction;

import java.util.Set;
import java.util.regex.Pattern;

/** Word lists of English news attribution: reporting verbs, source nouns, titles, hedges. */
final class Lexicon {

    private Lexicon() {
    }

    /** An immutable set that tolerates repeated words in the lists below. */
    static Set<String> set(String... words) {
        return Set.copyOf(java.util.Arrays.asList(words));
    }

    /** Finite reporting verbs that can follow a source ("X said", "X told", "figures show"). */
    static final Set<String> CUES = set(
            "say", "said", "says", "told", "tell", "tells", "confirm", "confirmed", "confirms", "note", "noted",
            "notes", "warn", "warned", "warns", "estimate", "estimated", "estimates", "claim", "claimed", "claims",
            "deny", "denied", "denies", "accuse", "accused", "accuses", "insist", "insisted", "insists", "caution",
            "cautioned", "cautions", "stress", "stressed", "stresses", "add", "added", "adds", "announce",
            "announced", "announces", "argue", "argued", "argues", "predict", "predicted", "predicts", "expect",
            "expects", "expected", "state", "stated", "states", "report", "reported", "reports", "acknowledge",
            "acknowledged", "acknowledges", "disclose", "disclosed", "discloses", "reveal", "revealed", "reveals",
            "assert", "asserted", "asserts", "allege", "alleged", "alleges", "maintain", "maintained",
            "maintains", "explain", "explained", "explains", "write", "wrote", "writes", "believe", "believes",
            "believed", "project", "projected", "projects", "forecast", "forecasts", "vow", "vowed", "vows",
            "pledge", "pledged", "pledges", "promise", "promised", "promises", "admit", "admitted", "admits",
            "suggest", "suggested", "suggests", "indicate", "indicated", "indicates", "emphasize", "emphasized",
            "emphasizes", "emphasise", "emphasised", "underscore", "underscored", "underscores", "highlight",
            "highlighted", "highlights", "contend", "contended", "contends", "conclude", "concluded",
            "concludes", "find", "found", "finds", "show", "showed", "shows", "recalled", "complained",
            "testified", "posted", "tweeted", "countered", "replied", "responded", "asked", "urged",
            "calculated", "anticipate", "anticipates", "anticipated", "signaled", "signalled",
            "put", "puts", "pegged", "ruled", "declared", "observed", "remarked", "mentioned",
            "assured", "informed", "feared", "fears", "attribute", "attributes",
            "attributed", "concede", "concedes", "conceded", "pointed", "points", "recorded", "records", "counted",
            "counts", "logged", "logs", "tallied", "tallies", "reaffirmed", "reaffirms", "reiterated", "reiterates",
            "registered", "described", "describes", "called", "calls", "dubbed", "termed", "labelled", "labeled",
            "recommended", "recommends", "proposed", "proposes");

    /** Verbs that only attribute with a following "as '...'" or a quotation ("described the plan as ..."). */
    static final Set<String> LABEL_CUES = set("described", "describes", "called", "calls", "dubbed", "termed",
            "labelled", "labeled");

    /** Cues that only documents, data and studies use ("the report found", "figures show"). */
    static final Set<String> DOCUMENT_CUES = set("find", "found", "finds", "show", "showed", "shows", "shown",
            "indicate", "indicated", "indicates", "suggest", "suggests", "suggested");

    /** Cues that only report when a clause follows ("concluded that", not "concluded negotiations"). */
    static final Set<String> WEAK_CUES = set("conclude", "concluded", "concludes", "maintain", "maintained",
            "maintains", "state", "stated", "states", "project", "projected", "projects", "highlight",
            "highlighted", "highlights", "underscore", "underscored", "underscores", "emphasize", "emphasized",
            "emphasizes", "indicate", "indicated", "indicates", "note", "notes", "report", "reports", "add", "adds",
            "posted", "admit", "admits", "admitted", "caution", "cautions", "stress", "stresses", "claim", "claims",
            "recorded", "records", "counted", "counts", "logged", "logs", "tallied", "tallies", "registered",
            "reaffirmed", "reaffirms", "reiterated", "reiterates", "attribute", "attributes", "attributed",
            "points", "pointed", "recommended", "recommends", "proposed", "proposes");

    /** Participles that open a further claim by the same source (", noting ..."). */
    static final Set<String> PARTICIPLES = set(
            "saying", "noting", "adding", "warning", "vowing", "arguing", "stressing", "calling", "citing",
            "claiming", "insisting", "underscoring", "pledging", "stating", "explaining", "suggesting",
            "emphasizing", "emphasising", "urging", "describing", "highlighting", "predicting", "acknowledging",
            "expressing", "accusing", "denying", "promising", "estimating", "asserting", "contending", "admitting",
            "cautioning", "projecting", "forecasting", "blaming", "pointing", "telling", "confirming", "reiterating",
            "writing");

    /** Participles whose object is a clause: the claim text starts after the participle. */
    static final Set<String> SPEECH_PARTICIPLES = set(
            "saying", "noting", "adding", "warning", "arguing", "stressing", "claiming", "insisting", "stating",
            "explaining", "suggesting", "emphasizing", "emphasising", "predicting", "acknowledging", "estimating",
            "asserting", "contending", "admitting", "cautioning", "confirming", "reiterating", "writing");

    /** Words that may stand between a source and its cue ("has also said"). */
    static final Set<String> AUX = set("has", "have", "had", "also", "previously", "earlier", "later",
            "repeatedly", "publicly", "separately", "further", "then", "again", "already", "recently", "once",
            "now", "would", "will", "did", "does", "do", "however", "first", "last", "privately", "initially",
            "originally", "reportedly", "both", "all", "himself", "herself", "itself", "themselves", "not", "never");

    /** Heads of described sources. */
    static final Set<String> SOURCE_NOUNS = set(
            "official", "officials", "spokesman", "spokeswoman", "spokesperson", "spokespeople", "minister",
            "ministry", "analyst", "analysts", "police", "organizers", "organisers", "experts", "expert",
            "researchers", "researcher", "scientists", "scientist", "economists", "economist", "report", "study",
            "survey", "data", "figures", "statement", "government", "office", "agency", "company", "firm",
            "bank", "board", "union", "council", "commission", "committee", "court", "army", "military",
            "group", "institute", "university", "center", "centre", "fund", "authorities", "authority",
            "sources", "source", "people", "residents", "witnesses", "witness", "lawmakers", "lawmaker",
            "diplomats", "diplomat", "aides", "aide", "advisers", "adviser", "advisor", "prosecutors",
            "prosecutor", "investigators", "investigator", "regulators", "regulator", "statistics", "poll",
            "polls", "analysis", "research", "review", "records", "documents", "document", "filing", "filings",
            "department", "service", "administration", "ministers", "leaders", "leader", "chief", "head",
            "director", "chairman", "chairwoman", "chair", "president", "executive", "ceo", "founder", "owner",
            "operator", "spokesmen", "coalition", "party", "campaign", "team", "observers", "monitors",
            "association", "federation", "exchange", "secretariat", "observatory", "forecasters",
            "forecaster", "doctors", "doctor", "officers", "officer", "activists", "critics", "opponents",
            "supporters", "citizens", "workers", "employees", "staff", "management", "judge",
            "tribunal", "prosecution", "defense", "defence", "lawyer", "lawyers", "attorney", "attorneys",
            "counsel", "citing", "paper", "newspaper", "broadcaster", "media", "website", "watchdog",
            "inspectors", "inspector", "estimates", "projections", "model", "models", "index",
            "figure", "numbers", "count", "tally", "census", "audit", "auditor", "auditors", "operators",
            "unions", "companies", "banks", "insurers", "airline", "carrier", "club", "organization",
            "organisation", "governor", "mayor", "senator", "consultancy", "consultants", "planners", "engineers",
            "farmers", "producers", "traders", "investors", "strategist",
            "strategists", "secretary", "commissioner", "ambassador", "envoy", "coach", "manager", "professor",
            "member", "members", "representative", "representatives", "negotiators", "negotiator",
            "hospital", "hospitals", "clinic", "school", "schools", "city", "state", "county", "town",
            "district", "province", "region", "utility", "grid", "spokespersons", "others", "some",
            "many", "most", "several", "both", "agencies", "ministries", "governments", "groups", "councils");

    /** Nouns that mark an organization (the referent of "it"). */
    static final Set<String> ORG_NOUNS = set(
            "office", "ministry", "agency", "government", "company", "firm", "bank", "board", "union", "council",
            "commission", "committee", "court", "army", "military", "group", "institute", "university", "center",
            "centre", "fund", "department", "service", "administration", "coalition", "party", "association",
            "federation", "exchange", "secretariat", "observatory", "authority", "organization", "organisation",
            "airline", "carrier", "club", "hospital", "utility", "operator", "consultancy", "watchdog",
            "regulator", "broadcaster", "newspaper", "paper", "police", "school", "city", "county", "town",
            "bureau", "inc", "corp", "ltd", "co", "corporation", "parliament", "senate", "congress", "cabinet",
            "tribunal", "network", "alliance", "foundation", "trust",
            "statistics", "nato", "report", "study", "survey", "chamber", "society", "college", "academy",
            "programme", "program", "institution", "guard", "palace", "embassy", "mission", "assembly", "lab",
            "laboratory", "station", "newsroom", "agencies", "firms", "companies");

    /** Title words before a name ("Secretary General Mark Rutte", "Board chair Miriam Okafor"). */
    static final Set<String> TITLES = set(
            "president", "prime", "minister", "secretary", "general", "chancellor", "chairman", "chairwoman",
            "chair", "chief", "executive", "ceo", "cfo", "director", "governor", "mayor", "senator", "sen",
            "rep", "representative", "gov", "dr", "mr", "mrs", "ms", "professor", "prof", "judge", "justice",
            "spokesman", "spokeswoman", "spokesperson", "ambassador", "commissioner", "king", "queen", "prince",
            "princess", "pope", "gen", "col", "lt", "captain", "capt", "officer", "inspector", "superintendent",
            "commander", "admiral", "leader", "founder", "economist", "analyst", "head", "official", "manager",
            "coach", "deputy", "vice", "premier", "lawmaker", "envoy", "attorney", "counsel", "lawyer",
            "sheriff", "detective", "sergeant", "sgt", "maj", "major", "colonel", "lieutenant", "treasurer",
            "strategist", "researcher", "scientist", "author", "editor", "correspondent", "adviser", "advisor",
            "aide", "dean", "rector", "chairperson", "presidential", "speaker", "marshal",
            "senior", "foreign", "defense", "defence", "finance", "interior", "health", "trade", "economy",
            "labor", "labour", "energy", "environment", "education", "transport", "agriculture",
            "physician", "doctor", "nurse", "meteorologist", "climatologist", "glaciologist",
            "organizer", "owner", "partner", "principal", "investor", "trader", "farmer",
            "resident", "mp", "member", "councillor", "councilor", "councilwoman", "councilman", "coordinator",
            "administrator", "engineer", "planner", "ombudsman", "auditor", "prosecutor", "minister-president",
            "state", "councilmember", "alderman", "assemblyman", "assemblywoman", "congressman",
            "congresswoman", "legislator", "delegate", "undersecretary", "attorney-general", "solicitor");

    /** Leader-like role words that describe the same person ("the NATO chief" = "Secretary General"). */
    static final Set<String> LEADER_ROLES = set("chief", "head", "leader", "boss", "secretary", "general",
            "director", "chair", "chairman", "chairwoman", "president", "ceo", "executive", "chancellor",
            "premier", "governor", "mayor", "commissioner");

    static final Set<String> PRONOUNS = set("he", "she", "they", "it", "we", "i");

    static final Set<String> DETERMINERS = set("the", "a", "an", "its", "their", "his", "her", "our", "this",
            "that", "these", "those", "another", "one", "two", "three", "four", "five", "several", "some", "many",
            "other", "both", "all", "most", "few", "top", "former", "new", "local", "independent");

    /** Words after which a counted noun is not searched. */
    static final Set<String> STOP_BEFORE_NOUN = set(
            "of", "in", "on", "at", "to", "for", "from", "by", "with", "and", "or", "but", "was", "were", "is",
            "are", "had", "has", "have", "will", "would", "could", "than", "that", "which", "who", "as", "per",
            "a", "an", "the", "its", "their", "his", "her", "this", "these", "said", "says", "be", "been");

    private static final Set<String> NOT_PLURAL = set("this", "its", "his", "has", "was", "is", "as", "us",
            "yes", "always", "perhaps", "across", "thus", "whereas", "unless", "less", "plus", "towards", "besides",
            "sometimes", "afterwards", "nevertheless", "news", "series", "species", "mathematics", "economics",
            "politics", "bus", "gas", "status", "basis", "crisis", "analysis", "canvas", "lens", "means", "does",
            "goes", "makes", "takes", "gives", "comes", "becomes", "remains", "includes", "seems", "says",
            "shows", "needs", "wants", "rises", "falls", "grows", "continues", "reaches", "tells");

    private static final Set<String> IRREGULAR_PLURALS = set("people", "children", "men", "women", "police",
            "personnel", "staff", "cattle", "feet", "teeth", "mice", "geese", "livestock", "aircraft", "sheep",
            "fish", "deer", "infantry", "crew", "data", "media", "militia", "youth");

    static boolean isPluralNoun(String lower) {
        if (IRREGULAR_PLURALS.contains(lower)) {
            return true;
        }
        return lower.length() > 3 && lower.endsWith("s") && !lower.endsWith("ss") && !lower.endsWith("us")
                && !lower.endsWith("ous") && !lower.endsWith("is") && !lower.endsWith("'s")
                && !lower.endsWith("’s") && !NOT_PLURAL.contains(lower);
    }

    /** Sentences that assert nothing ("declined to comment"). */
    static final Pattern NON_CLAIM = Pattern.compile(
            "(?i)\\b((?:did|would|could) not say (?:whether|if|when|how|why|what|who|where)|refused to say|"
                    + "would not comment|did not comment|declined to comment|declined to elaborate|declined to say|declined comment|did not respond|"
                    + "did not immediately respond|could not be reached|did not return|not immediately available|"
                    + "no immediate comment|did not reply|was not immediately|were not immediately|"
                    + "no comment)\\b");
}
