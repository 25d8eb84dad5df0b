package org.claimdesk.claim;

/** The passage around a claim, with the claim's span as offsets inside the passage. */
public record ClaimContext(String passage, int spanStart, int spanEnd) {
}
