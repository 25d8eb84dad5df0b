package org.claimdesk.review;

/** How soon an assigned claim should be checked; a queue shows HIGH first among claims due the same day. */
public enum Priority {
    HIGH, NORMAL, LOW
}
