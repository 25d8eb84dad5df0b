package org.claimdesk.evidence;

/** The second part of a verdict: is it true? NOT_YET_KNOWN is for predictions ("in combat within days"). */
public enum Rating {
    TRUE, MOSTLY_TRUE, MIXED, MOSTLY_FALSE, FALSE, UNPROVEN, NOT_YET_KNOWN;

    /** Ratings that need two independent supporting publishers (or an editor's override). */
    boolean needsCorroboration() {
        return this == TRUE || this == MOSTLY_TRUE;
    }
}
