package org.claimdesk.related;

/** Which rule found a suggestion, and so what it proposes. */
public enum Basis {
    /** exactly one of the claims is negated, and the negation concerns what the other one says */
    NEGATION(Relation.CONTRADICTS),
    /** the same subject and counted thing, with no figure in common */
    DIFFERENT_FIGURES(Relation.CONTRADICTS),
    /** similar wording across articles */
    WORDING(Relation.SAME_CLAIM),
    /** looser similar wording, from claimants with the same surname */
    SAME_CLAIMANT_WORDING(Relation.SAME_CLAIM);

    private final Relation relation;

    Basis(Relation relation) {
        this.relation = relation;
    }

    public Relation relation() {
        return relation;
    }
}
