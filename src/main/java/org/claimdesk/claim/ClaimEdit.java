package org.claimdesk.claim;

import org.claimdesk.extraction.ClaimType;

/** A fact-checker's correction of what extraction got wrong: the claim's words, who makes it, what kind it is. */
public record ClaimEdit(String text, String claimant, String claimantDescription, ClaimType type) {
}
