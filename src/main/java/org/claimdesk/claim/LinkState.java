package org.claimdesk.claim;

/** A link suggested on import waits for a reviewer to accept or dismiss it; links made by hand are accepted. */
public enum LinkState {
    SUGGESTED, ACCEPTED, DISMISSED
}
