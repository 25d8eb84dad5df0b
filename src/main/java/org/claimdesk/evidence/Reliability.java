package org.claimdesk.evidence;

/** How far the newsroom trusts a publisher, kept by editors. */
public enum Reliability {
    RELIABLE, MIXED, UNRELIABLE, UNRATED
}
