package org.claimdesk.evidence;

/** Sizes shared by the evidence entities, services and forms. */
public final class EvidenceLimits {
    public static final int MAX_TITLE = 500;
    public static final int MAX_PUBLISHER = 200;
    public static final int MAX_AUTHOR = 200;
    public static final int MAX_EXCERPT = 4000;
    public static final int MAX_RATIONALE = 8000;
    public static final int MAX_OVERRIDE_REASON = 2000;
    public static final int MAX_NOTE = 1000;
    public static final int MAX_DOMAIN = 253;
    public static final int MAX_LABEL = 60;
    public static final int MAX_REVIEW_TEXT = 300;

    private EvidenceLimits() {
    }
}
