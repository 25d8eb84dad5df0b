package org.claimdesk.evidence;

/** The first part of a verdict: did the claimant really say it? */
public enum Attribution {
    CONFIRMED, MISATTRIBUTED, UNCONFIRMED
}
