package org.claimdesk.related;

/**
 * Light English stemming: plurals, -ed, -ing, -ment, doubled consonants and a final -e, so that "engagement",
 * "engaged" and "engage" meet. Deliberately cruder than Porter's: it only has to make two forms of one word
 * equal, never to produce a real word.
 */
final class Stemmer {

    private Stemmer() {
    }

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
}
