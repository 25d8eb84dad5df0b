package org.claimdesk.claim;

/** Who made a claim: the extraction engine on import, or a fact-checker by hand (add, split, merge). */
public enum ClaimOrigin {
    EXTRACTED, MANUAL
}
