package org.claimdesk.related;

/**
 * A proposed link from a fresh claim to another claim (fresh or existing), with the rule that found it and a
 * reason a reviewer can read ("one says 'not yet … engaged … combat', the other does not").
 */
public record Suggestion(long fromId, long toId, Basis basis, String reason) {

    public Relation relation() {
        return basis.relation();
    }
}
