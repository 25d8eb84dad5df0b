package org.claimdesk.live;

/**
 * Something a screen showing {@code topic} should know: a change ({@link Kind#CHANGED}, by {@code actor}, e.g.
 * "EDITED") or that the people looking at it changed ({@link Kind#PRESENCE}).
 */
public record LiveEvent(String topic, Kind kind, String actor, String what) {

    public enum Kind { CHANGED, PRESENCE }

    /**
     * The {@code what} of a change on a user's topic telling their open screens that their sessions were ended
     * (disabled by an admin): the screens leave for the sign-in page at once. A push connection carries a
     * screen's clicks without new HTTP requests, so ending the HTTP session alone would not stop an open screen.
     */
    public static final String SESSION_ENDED = "SESSION_ENDED";

    /** The topic of one claim: screens that show the claim subscribe to it. */
    public static String claim(long claimId) {
        return "claim:" + claimId;
    }

    /** The topic of one person: their notifications and queue. */
    public static String user(String username) {
        return "user:" + username;
    }

    /**
     * The topic of the approvals queues: a verdict was given, revised, approved or sent back somewhere. One topic
     * for every team: it only says "read your queue again", and each screen reads it in its own user's scope.
     */
    public static String approvals() {
        return "approvals";
    }

    /** The topic of one article: its page and its claims. */
    public static String article(long articleId) {
        return "article:" + articleId;
    }
}
