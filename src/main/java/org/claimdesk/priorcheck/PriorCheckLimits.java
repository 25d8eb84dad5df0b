package org.claimdesk.priorcheck;

import org.claimdesk.shared.WebLinks;

/** Column sizes and input bounds shared by the entities, the import's validation and the UI fields. */
public final class PriorCheckLimits {
    public static final int MAX_CLAIM_REVIEWED = 8000;
    public static final int MAX_CLAIMANT = 300;
    public static final int MAX_CLAIMANT_TYPE = 60;
    public static final int MAX_OUTLET = 200;
    public static final int MAX_RATING_LABEL = 200;
    public static final int MAX_URL = WebLinks.MAX_URL;
    public static final int MAX_REASON = 500;
    /** The most ClaimReviews one import may hold. */
    public static final int MAX_ITEMS = 1000;
    /** The longest input (pasted JSON-LD or a page's HTML), in characters; an upload is refused above it in bytes. */
    public static final int MAX_INPUT = 5_000_000;
    public static final int MAX_QUERY = 200;
    public static final int MAX_PAGE_SIZE = 100;

    private PriorCheckLimits() {
    }
}
