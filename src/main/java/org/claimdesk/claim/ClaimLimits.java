package org.claimdesk.claim;

/** Column sizes shared by the entities, the service's validation and the UI fields. */
public final class ClaimLimits {
    public static final int MAX_TEXT = 8000;
    public static final int MAX_SENTENCE = 16000;
    public static final int MAX_CLAIMANT = 300;
    public static final int MAX_CLAIMANT_DESCRIPTION = 300;
    public static final int MAX_CUE = 100;
    public static final int MAX_VIA = 300;
    public static final int MAX_HEDGES = 500;
    public static final int MAX_QUANTITY_TEXT = 300;
    public static final int MAX_UNIT = 60;
    /** The largest page the API and the grid may ask for. */
    public static final int MAX_PAGE_SIZE = 100;
    public static final int MAX_QUERY = 200;
    public static final int MAX_COMMENT = 4000;
    public static final int MAX_LINK_REASON = 500;

    private ClaimLimits() {
    }
}
