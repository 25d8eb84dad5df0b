package org.claimdesk.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.claimdesk.extraction.Names.*;

/** Per-article memory of people and organizations, to resolve "he", "it", surnames and titles. */
final class Coreference {

    /** A resolved source: canonical claimant and the title/role as written (or null). */
    record Resolved(String claimant, String description, boolean org) {
    }

    private record Person(String name, String description) {
    }

    private static final Pattern TRAILING_TIME = Pattern.compile(
            "(?:\\s+(?:on|late|early|last|this|earlier|published|released|issued|sent|dated))*\\s+(?:Monday|Tuesday|"
                    + "Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|week|month|year)"
                    + "(?:\\s+(?:morning|afternoon|evening|night))?$");
    private static final Pattern PARTICIPLE_MOD = Pattern.compile("^(?:\\S+ ){0,3}?(\\p{L}+) (\\p{Ll}{2,}(?:ing|ed)) \\S");
    private static final Pattern CUT = Pattern.compile(" (?:of|for|at|from|with|in|who|based|on) ");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’.&-]*|[^\\s]");

    private final List<Person> persons = new ArrayList<>();
    private final List<String> orgs = new ArrayList<>();
    private String lastOrgSpeaker;
    private Resolved lastSpeaker;
    private int observed;
    private int spokeAt = -10;
    private Resolved pluralSubject;
    private int pluralAt = -10;

    /** Registers the titled names and organizations a sentence mentions. */
    void observe(String sentence) {
        observed++;
        List<String> w = new ArrayList<>();
        for (Tokens.Tok tok : Tokens.of(sentence)) {
            w.add(tok.text());
        }
        Resolved group = pluralSubject(w);
        if (group != null) {
            pluralSubject = group;
            pluralAt = observed;
        }
        int i = 0;
        while (i < w.size()) {
            if (!isCap(w.get(i))) {
                i++;
                continue;
            }
            int j = i;
            while (j + 1 < w.size() && (isCap(w.get(j + 1))
                    || PARTICLES.contains(w.get(j + 1)) && j + 2 < w.size() && isCap(w.get(j + 2)))) {
                j++;
            }
            int lastTitle = -1;
            for (int k = i; k <= j; k++) {
                if (isTitle(w.get(k))) {
                    lastTitle = k;
                }
            }
            String run = String.join(" ", w.subList(i, j + 1));
            if (lastTitle >= i && lastTitle < j && !isOrgName(String.join(" ", w.subList(lastTitle + 1, j + 1)))) {
                String name = String.join(" ", w.subList(lastTitle + 1, Math.min(j + 1, lastTitle + 5)));
                addPerson(name, String.join(" ", w.subList(i, lastTitle + 1)));
            } else if (isOrgName(run)) {
                orgs.add(run);
            } else if (lastTitle < 0 && i > 0 && isLowerTitle(w.get(i - 1)) && j > i) {
                int b = i - 1;
                while (b > 0 && i - b < 4 && !Lexicon.STOP_BEFORE_NOUN.contains(w.get(b - 1).toLowerCase(Locale.ROOT))
                        && (Character.isLetter(w.get(b - 1).charAt(0)) || w.get(b - 1).equals("'"))) {
                    b--;
                }
                addPerson(run, joinWords(w.subList(b, i)));
            }
            i = j + 1;
        }
        int run = 0;
        while (run < w.size() && isCap(w.get(run)) && !isTitle(w.get(run))) {
            run++;
        }
        if (run >= 2 && run < w.size() && !w.get(0).equals("The") && w.subList(run, Math.min(w.size(), run + 6)).contains("its")
                && findByName(String.join(" ", w.subList(0, run))) == null) {
            orgs.add(String.join(" ", w.subList(0, run))); // "Corvane Robotics cut its forecast": "its" makes it a company
        }
        for (int k = 0; k < w.size(); k++) {
            String lower = w.get(k).toLowerCase(Locale.ROOT);
            if (Lexicon.ORG_NOUNS.contains(lower) && !isCap(w.get(k))) {
                for (int b = k - 1; b >= 0 && b >= k - 4; b--) {
                    String t = w.get(b).toLowerCase(Locale.ROOT);
                    if (t.equals("the")) {
                        orgs.add(lowerThe(String.join(" ", w.subList(b, k + 1))));
                        break;
                    }
                    if (!Character.isLetter(t.charAt(0)) || Lexicon.STOP_BEFORE_NOUN.contains(t)) {
                        break;
                    }
                }
            }
        }
    }

    private static final java.util.Set<String> GROUP_LEAD = Lexicon.set("the", "many", "some", "most", "several",
            "dozens", "hundreds", "thousands", "scores", "local", "angry", "other");

    /** A group of people as the subject that opens a sentence ("Parents of pupils at ... protested"), or null. */
    static Resolved pluralSubject(List<String> w) {
        int i = 0;
        while (i < w.size() && i < 3 && (GROUP_LEAD.contains(w.get(i).toLowerCase(Locale.ROOT))
                || w.get(i).equals("of") && i > 0)) {
            i++;
        }
        if (i >= w.size() - 1) {
            return null;
        }
        String head = w.get(i).toLowerCase(Locale.ROOT);
        if (!(Lexicon.isPluralNoun(head) || SourcePhrases.isHumanPlural(head)) || !SourcePhrases.isHumanNoun(head)
                || Lexicon.DOCUMENT_CUES.contains(head)) {
            return null;
        }
        int e = i + 1;
        while (e < w.size() && e < i + 12) {
            String l = w.get(e).toLowerCase(Locale.ROOT);
            if (!Character.isLetterOrDigit(l.charAt(0)) && !l.equals("'") || LeadingSources.FINITE.contains(l)
                    || Lexicon.CUES.contains(l) || l.endsWith("ed") && !isCap(w.get(e)) && !w.get(e - 1).equals("the")) {
                break;
            }
            e++;
        }
        if (e >= w.size() || !Character.isLetter(w.get(e).charAt(0))) {
            return null; // no verb after the subject
        }
        String name = lowerThe(String.join(" ", w.subList(0, i + 1)));
        String desc = e > i + 1 ? joinWords(w.subList(0, e)) : null;
        return new Resolved(name, desc, false);
    }

    private Person findTitled(String name) {
        Person p = findByName(name);
        return p != null && p.description() != null ? p : null;
    }

    private void addPerson(String name, String description) {
        persons.removeIf(p -> p.name().equals(name));
        persons.add(new Person(name, description == null || description.isBlank() ? null : description));
    }

    /** Resolves a source noun phrase as written. */
    Resolved resolve(String np) {
        String phrase = np.strip();
        while (!phrase.isEmpty() && ",.;:".indexOf(phrase.charAt(phrase.length() - 1)) >= 0) {
            phrase = phrase.substring(0, phrase.length() - 1);
        }
        String lower = phrase.toLowerCase(Locale.ROOT);
        if (lower.equals("he") || lower.equals("she")) {
            if (lastSpeaker != null && !lastSpeaker.org() && spokeAt >= observed - 1 && isCap(lastSpeaker.claimant())
                    && !Lexicon.isPluralNoun(lastSpeaker.claimant().toLowerCase(Locale.ROOT))) {
                return new Resolved(lastSpeaker.claimant(), null, false); // the speaker of the sentence before
            }
            if (!persons.isEmpty()) {
                return new Resolved(persons.get(persons.size() - 1).name(), null, false); // the person named last
            }
            return new Resolved(phrase, null, false);
        }
        if (lower.equals("it")) {
            if (lastSpeaker != null && spokeAt >= observed - 1 && (lastSpeaker.org() || lastSpeaker.description() == null
                    && isCap(lastSpeaker.claimant()) && findTitled(lastSpeaker.claimant()) == null
                    && !Lexicon.isPluralNoun(lastSpeaker.claimant().toLowerCase(Locale.ROOT)))) {
                return new Resolved(lastSpeaker.claimant(), null, true); // the speaker of the sentence before
            }
            if (lastOrgSpeaker != null) {
                return new Resolved(lastOrgSpeaker, null, true);
            }
            return orgs.isEmpty() ? new Resolved("it", null, true) : new Resolved(orgs.get(orgs.size() - 1), null, true);
        }
        if (lower.equals("they") && pluralSubject != null && pluralAt == observed) {
            return pluralSubject; // "Parents protested on Monday. They said ..."
        }
        if (Lexicon.PRONOUNS.contains(lower)) {
            return lastSpeaker != null ? lastSpeaker : new Resolved(phrase, null, false);
        }
        Matcher tm = TRAILING_TIME.matcher(phrase);
        if (tm.find() && tm.start() > 0) {
            phrase = phrase.substring(0, tm.start());
            lower = phrase.toLowerCase(Locale.ROOT);
        }
        Matcher pm = PARTICIPLE_MOD.matcher(phrase);
        if (pm.find() && (SourcePhrases.isHumanNoun(pm.group(1).toLowerCase(Locale.ROOT))
                || Lexicon.isPluralNoun(pm.group(1).toLowerCase(Locale.ROOT)))
                && (!SourcePhrases.postmod(pm.group(2)) || pm.group(2).endsWith("ing"))) {
            String pre = phrase.substring(0, pm.end(1));
            if (pre.indexOf(' ') < 0 || !isCap(pre.substring(pre.lastIndexOf(' ') + 1))) {
                String head = pm.group(1).toLowerCase(Locale.ROOT);
                return new Resolved(lowerThe(stripArticle(pre)), phrase, Lexicon.ORG_NOUNS.contains(head));
            }
        }
        Matcher cut = CUT.matcher(phrase);
        if (!endsWithTitledName(phrase) && cut.find()) {
            String pre = phrase.substring(0, cut.start());
            String[] pw = pre.split(" ");
            int run = 0;
            for (int k = pw.length - 1; k >= 0 && isCap(pw[k]) && !isTitle(pw[k]); k--) {
                run++;
            }
            if (run >= 2 && !isOrgName(pre) && !pre.startsWith("The ") || run >= 1 && pw.length - run > 0 && isTitle(pw[pw.length - run - 1])) {
                phrase = pre;
                lower = phrase.toLowerCase(Locale.ROOT);
            } else if (isCap(pw[pw.length - 1])) {
                String org = phrase.startsWith("The ") ? "the " + phrase.substring(4) : phrase;
                orgs.add(org);
                return new Resolved(org, null, true);
            } else {
                Resolved r = resolve(pre);
                String head = pw[pw.length - 1].toLowerCase(Locale.ROOT);
                if (lower.startsWith("the ") && !r.claimant().equalsIgnoreCase(pre)) {
                    return new Resolved(r.claimant(), phrase, r.org());
                }
                String claimant = lowerThe(stripArticle(phrase));
                return new Resolved(claimant, phrase, Lexicon.ORG_NOUNS.contains(head));
            }
        }
        List<String> w = new ArrayList<>();
        Matcher m = WORD.matcher(phrase);
        while (m.find()) {
            w.add(m.group());
        }
        int nameStart = w.size();
        while (nameStart > 0 && (isCap(w.get(nameStart - 1)) && !isTitle(w.get(nameStart - 1))
                || nameStart < w.size() && PARTICLES.contains(w.get(nameStart - 1)))) {
            nameStart--;
        }
        if (nameStart < w.size() && !w.get(nameStart).equalsIgnoreCase("the")) {
            String name = String.join(" ", w.subList(nameStart, w.size()));
            String desc = nameStart == 0 ? null : joinWords(w.subList(0, nameStart));
            if (desc != null && (desc.equalsIgnoreCase("the") || desc.equalsIgnoreCase("a") || desc.equalsIgnoreCase("an"))) {
                desc = null;
            }
            if (isOrgName(name)) {
                String org = nameStart > 0 && w.get(0).equalsIgnoreCase("the") ? phrase : name;
                orgs.add(org);
                return new Resolved(org, null, true);
            }
            Person known = findByName(name);
            if (known != null) {
                name = known.name();
            }
            addPerson(name, desc != null ? desc : known != null ? known.description() : null);
            return new Resolved(name, desc, false);
        }
        if (!w.isEmpty() && w.stream().allMatch(Names::isCap) && isOrgName(phrase)) {
            orgs.add(phrase); // "Harbor Energy": a title-like last word, still a company
            return new Resolved(phrase, null, true);
        }
        boolean definite = lower.startsWith("the ");
        String head = w.isEmpty() ? lower : w.get(w.size() - 1).toLowerCase(Locale.ROOT);
        if (definite && (head.equals("statement") || head.equals("communique") || head.equals("release"))
                && lastSpeaker != null) {
            return new Resolved(lastSpeaker.claimant(), phrase, lastSpeaker.org()); // "the statement said"
        }
        if (definite) {
            Person p = byTitle(w, head);
            if (p != null) {
                return new Resolved(p.name(), phrase, false);
            }
            if (Lexicon.ORG_NOUNS.contains(head)) {
                for (int k = orgs.size() - 1; k >= 0; k--) {
                    String o = orgs.get(k);
                    String ol = o.toLowerCase(Locale.ROOT);
                    if (!ol.equals(lower) && ol.endsWith(" " + head) && ol.length() > lower.length()) {
                        return new Resolved(o, phrase, true);
                    }
                }
            }
            if (w.size() == 2 && GENERIC_ORG.contains(head)) {
                String named = lastNamedOrg();
                if (named != null) {
                    return new Resolved(named, phrase, true); // "Brightwell Foods ... The company said"
                }
            }
        }
        String claimant = lowerThe(stripArticle(phrase));
        boolean org = Lexicon.ORG_NOUNS.contains(head);
        if (org) {
            orgs.add(claimant);
        }
        return new Resolved(claimant, phrase, org);
    }

    /** Nouns a story uses for the company (or team, agency) it named before: "the company", "the firm". */
    private static final java.util.Set<String> GENERIC_ORG = Lexicon.set("company", "firm", "group", "carrier",
            "airline", "retailer", "manufacturer", "maker", "insurer", "lender", "operator", "developer", "startup",
            "chain", "conglomerate", "automaker", "supplier", "brewer", "miner", "utility", "club", "charity",
            "nonprofit", "organization", "organisation", "watchdog", "regulator", "broadcaster", "publisher");

    /**
     * The named (capitalized) organization the story is about so far: the one named most often, the latest on a tie
     * ("Skyline Airways ... according to data compiled by LSEG ... the company said" is Skyline), or null.
     */
    private String lastNamedOrg() {
        java.util.Map<String, Integer> count = new java.util.HashMap<>();
        String best = null;
        int bestCount = 0;
        for (String o : orgs) {
            if (allCap(o)) {
                int c = count.merge(o, 1, Integer::sum);
                if (c >= bestCount) {
                    best = o;
                    bestCount = c;
                }
            }
        }
        return best;
    }

    private static boolean allCap(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (name.indexOf(' ') < 0 && (Lexicon.SOURCE_NOUNS.contains(lower) || Lexicon.ORG_NOUNS.contains(lower)
                || Lexicon.isPluralNoun(lower))) {
            return false; // "Police said": a common noun that opens a sentence
        }
        for (String x : name.split(" ")) {
            if (!isCap(x) && !PARTICLES.contains(x) && !x.equals("&")) {
                return false;
            }
        }
        return !name.startsWith("The ");
    }

    /** Remembers who spoke last ("it said" refers to the last organization that spoke). */
    void spoke(Resolved r) {
        lastSpeaker = r;
        spokeAt = observed;
        if (r.org()) {
            lastOrgSpeaker = r.claimant();
            orgs.add(r.claimant()); // an organization that speaks is one the story is about
        } else {
            Person p = findByName(r.claimant());
            if (p != null) {
                persons.remove(p);
                persons.add(p);
            }
        }
    }

    private Person findByName(String name) {
        String[] parts = name.split(" ");
        for (int k = persons.size() - 1; k >= 0; k--) {
            Person p = persons.get(k);
            if (p.name().equals(name)) {
                return p;
            }
        }
        for (int k = persons.size() - 1; k >= 0; k--) {
            Person p = persons.get(k);
            List<String> tokens = List.of(p.name().split(" "));
            if (parts.length == 1 && tokens.contains(parts[0]) || parts.length > 1 && p.name().endsWith(name)) {
                return p;
            }
        }
        return null;
    }

    private Person byTitle(List<String> w, String head) {
        if (!Lexicon.TITLES.contains(head) && !Lexicon.LEADER_ROLES.contains(head)) {
            return null;
        }
        List<String> mods = new ArrayList<>();
        for (int k = 1; k < w.size() - 1; k++) {
            String t = w.get(k).toLowerCase(Locale.ROOT);
            if (!Lexicon.DETERMINERS.contains(t) && !t.equals("'s")) {
                mods.add(w.get(k));
            }
        }
        for (int pass = 0; pass < 2; pass++) {
            Person p = byRole(mods, head, pass == 1);
            if (p != null) {
                return p;
            }
        }
        for (int k = persons.size() - 1; k >= 0; k--) {
            Person p = persons.get(k);
            if (p.description() != null && (" " + p.description().toLowerCase(Locale.ROOT) + " ").contains(" " + head + " ")) {
                return p;
            }
        }
        return null;
    }

    /**
     * The most recent person whose title matches: first the same title word ("the premier" = "Regional premier
     * Anna Lind", even if a chief executive was named since), then, with {@code leaderLike}, any leader role.
     */
    private Person byRole(List<String> mods, String head, boolean leaderLike) {
        for (int k = persons.size() - 1; k >= 0; k--) {
            Person p = persons.get(k);
            if (p.description() == null) {
                continue;
            }
            String d = " " + p.description().toLowerCase(Locale.ROOT) + " ";
            boolean roleOk = d.contains(" " + head + " ") || leaderLike && Lexicon.LEADER_ROLES.contains(head)
                    && Lexicon.LEADER_ROLES.stream().anyMatch(r -> d.contains(" " + r + " "));
            if (!roleOk) {
                continue;
            }
            boolean modsOk = true;
            for (String mod : mods) {
                String ml = mod.toLowerCase(Locale.ROOT);
                if (!d.contains(" " + ml + " ") && !acronym(p.description()).contains(mod)
                        && !d.contains(" " + ml)) {
                    modsOk = false;
                }
            }
            if (modsOk) {
                return p;
            }
        }
        return null;
    }

}
