package org.claimdesk.evidence;

/** What a source does for a claim. */
public enum Stance {
    SUPPORTS, CONTRADICTS, CONTEXT
}
