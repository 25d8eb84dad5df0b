package org.claimdesk.security;

/** What became of a sign-in attempt. */
public enum AuthOutcome {
    SUCCESS,
    /** wrong password, unknown user or token, disabled account */
    FAILURE,
    /** refused by the sign-in throttle before the password was checked */
    REFUSED
}
