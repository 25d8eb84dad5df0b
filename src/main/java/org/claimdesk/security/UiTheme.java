package org.claimdesk.security;

/** The colour scheme a user chose for the screens (Lumo's light or dark). */
public enum UiTheme {
    LIGHT, DARK
}
