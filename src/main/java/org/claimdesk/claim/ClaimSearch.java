package org.claimdesk.claim;

/** Claim search: how many matches a count reads at most. */
final class ClaimSearch {

    /** Counts stop here: past it a list says "10,000+ claims" and serves no deeper page. */
    static final int COUNT_CAP = 10_000;

    private ClaimSearch() {
    }
}
