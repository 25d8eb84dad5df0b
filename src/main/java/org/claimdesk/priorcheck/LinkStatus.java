package org.claimdesk.priorcheck;

/** Where a link from a claim to a prior check stands. */
public enum LinkStatus {
    /** proposed by the related-claims finder, waiting for a reviewer */
    SUGGESTED,
    /** a reviewer confirmed it (or made it by hand) */
    ACCEPTED,
    /** a reviewer said it does not apply; kept so it is not suggested again */
    DISMISSED
}
