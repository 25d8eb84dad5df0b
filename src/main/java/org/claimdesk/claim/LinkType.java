package org.claimdesk.claim;

/** How two claims relate. */
public enum LinkType {
    /** the same claim, made in another article (a verdict can be copied along it) */
    SAME_CLAIM,
    CONTRADICTS,
    SUPPORTS,
    CONTEXT
}
