package org.claimdesk.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An interview transcript: paragraphs that open with speaker labels ("Q:"/"A:", bold initials "**LO:**", or the
 * outlet's name and the interviewee's surname), after an intro that names the interviewee. The label of the first
 * turn asks (as does "Q"); every other label answers for the interviewee.
 */
final class Interview {

    /** A speaker label at a paragraph's start: the label as written and where the turn's words begin. */
    record Label(String name, int textStart) {
    }

    private static final Pattern LABEL = Pattern.compile(
            "(?:\\*\\*|__)?([A-Z][\\p{L}.'\u2019&-]*(?: [A-Z][\\p{L}.'\u2019&-]*){0,3})\\.?(?:\\*\\*|__)?\\s*:\\s*(?:\\*\\*|__)?[ \t]+");
    private static final Pattern NAME = Pattern.compile(
            "\\b([A-Z][\\p{L}'\u2019-]+(?: (?:bin |al-|van |de |von )?[A-Z][\\p{L}'\u2019-]+){1,2})\\b");

    private final Map<Integer, Label> labels;
    private final String asking;
    private final Coreference.Resolved interviewee;

    private Interview(Map<Integer, Label> labels, String asking, Coreference.Resolved interviewee) {
        this.labels = labels;
        this.asking = asking;
        this.interviewee = interviewee;
    }

    /** The speaker label that opens the paragraph at {@code at}, or null. */
    static Label labelAt(String text, int at) {
        Matcher m = LABEL.matcher(text).region(at, Math.min(text.length(), at + 60));
        if (!m.lookingAt()) {
            return null;
        }
        String name = m.group(1);
        if (name.length() > 30 || name.chars().filter(Character::isWhitespace).count() > 3) {
            return null;
        }
        return new Label(name.endsWith(".") ? name.substring(0, name.length() - 1) : name, m.end());
    }

    /**
     * The transcript structure of an article, or null when it is none: two labels that take turns, each used at
     * least twice (or "Q" and "A"), and an interviewee named before the first turn.
     */
    static Interview of(String text, List<Sentences.Span> spans, Coreference coref) {
        Map<Integer, Label> labels = new HashMap<>();
        Map<String, Integer> uses = new HashMap<>();
        String first = null;
        int firstAt = -1;
        for (int i = 0; i < spans.size(); i++) {
            if (i > 0 && spans.get(i - 1).paragraph() == spans.get(i).paragraph()) {
                continue;
            }
            Label l = labelAt(text, spans.get(i).start());
            if (l == null) {
                continue;
            }
            labels.put(i, l);
            uses.merge(l.name(), 1, Integer::sum);
            if (first == null) {
                first = l.name();
                firstAt = spans.get(i).start();
            }
        }
        if (first == null) {
            return null;
        }
        boolean qa = uses.containsKey("Q") && uses.containsKey("A");
        long turnTaking = uses.values().stream().filter(n -> n >= 2).count();
        if (!qa && turnTaking < 2) {
            return null;
        }
        String asking = uses.containsKey("Q") ? "Q" : first;
        List<String> answering = new ArrayList<>();
        for (String l : uses.keySet()) {
            if (!l.equals(asking) && uses.get(l) >= (qa ? 1 : 2)) {
                answering.add(l);
            }
        }
        String who = intervieweeIn(text.substring(0, firstAt), answering);
        if (who == null) {
            return null;
        }
        labels.values().removeIf(l -> !l.name().equals(asking) && !answering.contains(l.name()));
        Coreference.Resolved r = coref.resolve(who);
        return new Interview(labels, asking, new Coreference.Resolved(r.claimant(), r.description(), false));
    }

    /** The person the intro names: the one whose surname or initials an answer label uses, else the first name. */
    private static String intervieweeIn(String intro, List<String> answering) {
        Matcher m = NAME.matcher(intro);
        String firstName = null;
        while (m.find()) {
            String name = m.group(1);
            int line = intro.lastIndexOf('\n', m.start()) + 1;
            if (intro.startsWith("By ", line) || intro.startsWith("by ", line) || m.start() >= 3
                    && intro.startsWith("By ", m.start() - 3)) {
                continue; // the byline names the writer, not the interviewee
            }
            if (Names.isOrgName(name) || Lexicon.TITLES.contains(name.substring(0, name.indexOf(' ')).toLowerCase(Locale.ROOT))
                    || Lexicon.DETERMINERS.contains(name.substring(0, name.indexOf(' ')).toLowerCase(Locale.ROOT))) {
                continue;
            }
            String[] parts = name.split(" ");
            StringBuilder initials = new StringBuilder();
            for (String p : parts) {
                initials.append(p.charAt(0));
            }
            for (String l : answering) {
                if (l.equals(parts[parts.length - 1]) || l.equals(name) || l.equals(initials.toString())) {
                    return name;
                }
            }
            if (firstName == null) {
                firstName = name;
            }
        }
        return firstName;
    }

    /** The label of the turn sentence {@code i} opens, or null. */
    Label labelOf(int i) {
        return labels.get(i);
    }

    /** Whether the label asks (the interviewer's turn). */
    boolean asks(Label l) {
        return l.name().equals(asking);
    }

    Coreference.Resolved interviewee() {
        return interviewee;
    }
}
