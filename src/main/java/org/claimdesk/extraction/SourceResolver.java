package org.claimdesk.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who an attribution names, as the article's coreference resolves it: possessives ("by the company's reckoning"),
 * documents of a named owner ("according to its filing"), pronouns after a subject, appositives.
 */
final class SourceResolver {

    private static final Pattern ORG_SUBJECT = Pattern.compile("^(?:The [a-z]+|[A-Z][\\w&.'-]*(?: [A-Z][\\w&.'-]*){0,3}) ");
    private static final Pattern ARTICLE_START = Pattern.compile("(?:The|A|An|the|a|an) ");

    private SourceResolver() {
    }

    /** The source of the sourced attribution {@code a} of the sentence {@code core}. */
    static Coreference.Resolved ofAttribution(Coreference coref, String core, Attribution.Attr a) {
        String srcText = core.substring(a.srcStart(), a.srcEnd());
        Coreference.Resolved who = resolve(coref, srcText, core);
        int comma = core.indexOf(',');
        if (a.cue() != null && a.cue().startsWith("by ") && (srcText.equals("its") || srcText.equals("their"))
                && comma > 0 && comma < a.srcStart()) {
            // "The local business federation, by its own reckoning, lost ...": the subject
            String subj = core.substring(0, comma).strip();
            String head = subj.substring(subj.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
            if (Lexicon.ORG_NOUNS.contains(head) || SourcePhrases.isHumanNoun(head)) {
                who = coref.resolve(subj);
            }
        }
        if (a.srcStart() > 0 && srcText.equals("they")) {
            // "Analysts at Halden Bank are doubtful: in a note they said ...": the subject before
            List<String> w = new ArrayList<>();
            for (Tokens.Tok tok : Tokens.of(core.substring(0, a.srcStart()))) {
                w.add(tok.text());
            }
            Coreference.Resolved group = Coreference.pluralSubject(w);
            if (group != null) {
                who = coref.resolve(group.description() != null ? group.description() : group.claimant());
            }
        }
        if (a.apposStart() >= 0 && a.apposEnd() > a.apposStart()) {
            who = withAppositive(coref, who, srcText, core.substring(a.apposStart(), a.apposEnd()));
        }
        return who;
    }

    /**
     * "the port's director, Hanna Lindqvist, said": a name in the appositive is the claimant and the source phrase
     * its description; otherwise the appositive describes the source.
     */
    private static Coreference.Resolved withAppositive(Coreference coref, Coreference.Resolved who, String src,
                                                       String appos) {
        String lastWord = appos.substring(appos.lastIndexOf(' ') + 1);
        boolean apposIsName = !lastWord.isEmpty() && Character.isUpperCase(lastWord.charAt(0))
                && (Character.isUpperCase(appos.charAt(0))
                    || Lexicon.TITLES.contains(appos.substring(0, Math.max(0, appos.indexOf(' ')))))
                && !ARTICLE_START.matcher(appos).lookingAt() && !Names.isOrgName(appos)
                && !appos.contains(" of ") && !appos.contains(" for ");
        boolean srcIsName = who.description() == null && Character.isUpperCase(who.claimant().charAt(0));
        int affiliation = Math.max(appos.indexOf(" of "), appos.indexOf(" at "));
        if (!apposIsName && !srcIsName && affiliation > 0 && describedName(appos) < 0) {
            String before = appos.substring(0, affiliation);
            String[] w = before.split(" ");
            boolean name = w.length >= 2 && w.length <= 4 && !Names.isOrgName(before);
            for (String x : w) {
                name &= !x.isEmpty() && Character.isUpperCase(x.charAt(0)) && !Names.isTitle(x);
            }
            if (name) { // "Brennan's lawyer, Theodore Vance of Vance Hallum LLP, told jurors"
                Coreference.Resolved n = coref.resolve(before);
                return new Coreference.Resolved(n.claimant(), src, false);
            }
        }
        int name = describedName(appos);
        if (!apposIsName && !srcIsName && name > 0) {
            // "The first witness, former auditor Jane Doe, testified": the name is the claimant, the words before it
            // describe her
            Coreference.Resolved n = coref.resolve(appos.substring(name));
            return new Coreference.Resolved(n.claimant(), appos.substring(0, name).strip(), false);
        }
        if (apposIsName && !srcIsName) {
            Coreference.Resolved n = coref.resolve(appos);
            return new Coreference.Resolved(n.claimant(), n.description() != null ? n.description() : src, false);
        } else if (who.description() == null) {
            return new Coreference.Resolved(who.claimant(), appos, who.org());
        }
        return who;
    }

    /**
     * Where a name of two or more capitalized words starts at the end of an appositive whose other words are
     * lowercase ("former harbour inspector Ilse Marten"), or -1.
     */
    static int describedName(String appos) {
        String[] w = appos.split(" ");
        int k = w.length;
        while (k > 0 && !w[k - 1].isEmpty() && Character.isUpperCase(w[k - 1].charAt(0))) {
            k--;
        }
        if (w.length - k < 2 || k == 0) {
            return -1;
        }
        for (int i = 0; i < k; i++) {
            String x = w[i].toLowerCase(Locale.ROOT);
            if (w[i].isEmpty() || !Character.isLowerCase(w[i].charAt(0)) || x.equals("of") || x.equals("for")
                    || x.equals("and") || x.equals("who") || x.equals("at") || x.equals("the") && i > 0) {
                return -1;
            }
        }
        return appos.length() - String.join(" ", java.util.Arrays.copyOfRange(w, k, w.length)).length();
    }

    /**
     * Resolves a source phrase as written; {@code sentence} is where it stands (for "its filing": the firm that
     * opens the sentence), or "".
     */
    static Coreference.Resolved resolve(Coreference coref, String src, String sentence) {
        if (src.startsWith("Your own ") || src.startsWith("your own ") || src.startsWith("Your ") && src.indexOf(' ') > 0) {
            src = "the " + src.substring(src.startsWith("Your own ") || src.startsWith("your own ") ? 9 : 5); // an interviewer's "your own audit"
        }
        switch (src.equals("His") || src.equals("Her") || src.equals("Their") || src.equals("Its") ? src.toLowerCase(Locale.ROOT) : src) {
            case "his" -> src = "he";
            case "her" -> src = "she";
            case "their" -> src = "they";
            case "its" -> src = "it";
            default -> {
                if ((src.endsWith("'s") || src.endsWith("\u2019s")) && src.indexOf(' ') > 0) {
                    src = src.substring(0, src.length() - 2); // "by the company's reckoning"
                }
            }
        }
        int poss = src.indexOf("'s ");
        if (poss < 0) {
            poss = src.indexOf("\u2019s ");
        }
        if (poss > 0) {
            String head = src.substring(src.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
            if (SourcePhrases.DOCUMENT_NOUNS.contains(head)) {
                Coreference.Resolved r = coref.resolve(src.substring(0, poss));
                return new Coreference.Resolved(r.claimant(), src, r.org());
            }
        }
        int sp = src.indexOf(' ');
        if (sp > 0 && SourcePhrases.DOCUMENT_NOUNS.contains(src.substring(src.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT))) {
            String det = src.substring(0, sp).toLowerCase(Locale.ROOT);
            if (det.equals("its") || det.equals("their")) { // "according to its filing": the firm that files
                Matcher subj = ORG_SUBJECT.matcher(sentence);
                if (det.equals("its") && subj.lookingAt() && Names.isOrgName(subj.group().strip())
                        || subj.lookingAt() && subj.group().startsWith("The ")
                        && Lexicon.ORG_NOUNS.contains(subj.group().substring(4).strip())) {
                    Coreference.Resolved r = coref.resolve(subj.group().strip());
                    return new Coreference.Resolved(r.claimant(), src, r.org());
                }
                Coreference.Resolved r = coref.resolve(det.equals("its") ? "it" : "they");
                if (!r.claimant().equalsIgnoreCase("it") && !r.claimant().equalsIgnoreCase("they")) {
                    return new Coreference.Resolved(r.claimant(), src, r.org());
                }
            }
        }
        return coref.resolve(src);
    }
}
