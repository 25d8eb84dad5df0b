package org.claimdesk.extraction;

import java.util.List;
import java.util.Locale;

/** Word-level tests on names, titles and organizations, shared by coreference and the extractor. */
final class Names {

    private Names() {
    }

    static final java.util.Set<String> PARTICLES = Lexicon.set("von", "van", "der", "de", "la",
            "le", "al", "bin", "da", "di", "del", "dos", "du", "ten", "ter");

    static String joinWords(List<String> ws) {
        return String.join(" ", ws).replace(" '", "'");
    }

    /** "U.S. Secretary of State Marco Diaz": a title word, then a name of two or more words at the end. */
    static boolean endsWithTitledName(String phrase) {
        String[] w = phrase.split(" ");
        int run = 0;
        for (int k = w.length - 1; k >= 0 && isCap(w[k]) && !isTitle(w[k]); k--) {
            run++;
        }
        return run >= 2 && run < w.length && isTitle(w[w.length - run - 1])
                && !isOrgName(String.join(" ", java.util.Arrays.copyOfRange(w, w.length - run, w.length)));
    }

    static String stripArticle(String p) {
        if (p.regionMatches(true, 0, "a ", 0, 2)) {
            return p.substring(2).strip();
        }
        return p.regionMatches(true, 0, "an ", 0, 3) ? p.substring(3).strip() : p;
    }

    static String lowerThe(String p) {
        return p.startsWith("The ") ? "the " + p.substring(4) : p;
    }

    static boolean isCap(String t) {
        return !t.isEmpty() && Character.isUpperCase(t.charAt(0));
    }

    static boolean isTitle(String t) {
        return Lexicon.TITLES.contains(t.toLowerCase(Locale.ROOT).replace(".", ""));
    }

    static boolean isLowerTitle(String t) {
        return !isCap(t) && Lexicon.TITLES.contains(t);
    }

    /** Capitalized words that end company names ("Harbor Energy", "Volta Motors"). */
    private static final java.util.Set<String> CORPORATE = Lexicon.set("energy", "marine", "motors", "steel",
            "airways", "airlines", "logistics", "holdings", "systems", "technologies", "partners", "capital",
            "pharma", "pharmaceuticals", "foods", "mining", "industries", "shipping", "telecom", "insurance",
            "resources", "petroleum", "oil", "electric", "automotive", "chemicals", "ventures", "labs", "solutions",
            "networks", "construction", "railways", "shipyards", "aerospace", "semiconductors", "brands",
            "enterprises", "utilities", "investments", "securities", "financial", "retail", "stores", "textiles",
            "semiconductor", "robotics", "technology", "tech", "biotech", "therapeutics", "software", "motor",
            "electronics", "materials", "devices", "airline", "foods", "beverages", "apparel", "media", "games");

    static boolean isOrgName(String name) {
        for (String t : name.split(" ")) {
            String l = t.toLowerCase(Locale.ROOT);
            if ((Lexicon.ORG_NOUNS.contains(l) || CORPORATE.contains(l) && !name.equals(t)) && isCap(t) || t.length() >= 2 && t.equals(t.toUpperCase(Locale.ROOT))
                    && t.chars().allMatch(Character::isLetter)) {
                return true;
            }
        }
        return false;
    }

    static String acronym(String description) {
        StringBuilder sb = new StringBuilder();
        for (String t : description.split(" ")) {
            if (!t.isEmpty() && Character.isUpperCase(t.charAt(0))) {
                sb.append(t.charAt(0));
            }
        }
        return sb.toString();
    }
}
