package org.claimdesk.security;

import org.claimdesk.shared.InputRejectedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in user's light/dark choice, kept on their account so every browser they sign in from shows it.
 * Only ever the user's own: neither method takes a username.
 */
@Service
public class ThemePreference {

    private final UserAccountRepository users;
    private final CurrentUser currentUser;

    ThemePreference(UserAccountRepository users, CurrentUser currentUser) {
        this.users = users;
        this.currentUser = currentUser;
    }

    /** The signed-in user's theme; light when they never chose. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public UiTheme mine() {
        return users.findThemeByUsername(currentUser.name()).orElse(UiTheme.LIGHT);
    }

    /**
     * Stores the signed-in user's theme. Written without touching the account's version or "changed by": a
     * preference must not make an admin's open edit of the account stale.
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void set(UiTheme theme) {
        if (theme == null) {
            throw new InputRejectedException("theme", "Choose LIGHT or DARK.");
        }
        if (users.updateTheme(currentUser.name(), theme) != 1) {
            throw new IllegalStateException("the signed-in user has no account");
        }
    }
}
