package org.claimdesk.related;

/** A pair that a rule links, before ranking: from a fresh claim to another one, with their word overlap. */
record Match(PreparedClaim from, PreparedClaim to, Basis basis, double jaccard) {
}
