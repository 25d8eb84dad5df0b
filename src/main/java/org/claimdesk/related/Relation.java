package org.claimdesk.related;

/** What a suggestion proposes. */
public enum Relation {
    /** the same claim, made in another article */
    SAME_CLAIM,
    /** one claim says the other is wrong: a negation of it, or another figure for the same thing */
    CONTRADICTS
}
