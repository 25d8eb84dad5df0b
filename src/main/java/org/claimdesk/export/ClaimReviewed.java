package org.claimdesk.export;

/** The short form of a claim a ClaimReview shows, until editors can write one: the claim text, trimmed. */
final class ClaimReviewed {

    static final int MAX = 200;

    private ClaimReviewed() {
    }

    /** The claim text with its white space collapsed, cut at a word boundary to at most {@value #MAX} characters. */
    static String shortForm(String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip().replaceAll("\\s+", " ");
        if (t.length() <= MAX) {
            return t;
        }
        String head = t.substring(0, MAX - 1); // room for the ellipsis
        int space = head.lastIndexOf(' ');
        if (space > MAX / 2) {
            head = head.substring(0, space);
        }
        return head.stripTrailing() + "…";
    }
}
