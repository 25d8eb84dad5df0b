package org.claimdesk.security;

/** How someone tried to sign in. */
public enum AuthChannel {
    /** the UI's sign-in page */
    FORM,
    /** HTTP Basic on the API or the actuator */
    BASIC,
    /** an API token ({@code Authorization: Bearer}) */
    TOKEN
}
