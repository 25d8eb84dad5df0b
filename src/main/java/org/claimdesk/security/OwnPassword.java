package org.claimdesk.security;

import org.claimdesk.shared.ChangeRecorded;
import org.claimdesk.shared.InputRejectedException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;

/** The signed-in user changes their own password; needed first when an admin chose the current one. */
@Service
public class OwnPassword {

    private final UserAccountRepository users;
    private final UserService userService;
    private final PasswordEncoder passwordEncoder;
    private final ApplicationEventPublisher events;
    private final CurrentUser currentUser;
    private final Clock clock;

    OwnPassword(UserAccountRepository users, UserService userService, PasswordEncoder passwordEncoder,
                ApplicationEventPublisher events, CurrentUser currentUser, Clock clock) {
        this.users = users;
        this.userService = userService;
        this.passwordEncoder = passwordEncoder;
        this.events = events;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Whether the signed-in user must change their password before anything else. */
    @PreAuthorize("isAuthenticated()")
    public boolean mustChange() {
        return userService.mustChangePassword(currentUser.name());
    }

    /**
     * Replaces the signed-in user's password. The current one is required (a session left open must not be
     * enough to take the account over); the new one has at least ten characters and is not the username.
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void change(String currentPassword, String newPassword) {
        String actor = currentUser.name();
        UserAccount a = users.findByUsername(actor)
                .orElseThrow(() -> new IllegalStateException("the signed-in user has no account"));
        if (currentPassword == null || !passwordEncoder.matches(currentPassword, a.getPasswordHash())) {
            throw new InputRejectedException("currentPassword", "The current password is not right.");
        }
        PasswordPolicy.checked(newPassword, actor, "newPassword");
        if (newPassword.equals(currentPassword)) {
            throw new InputRejectedException("newPassword", "Choose a new password, not the current one.");
        }
        Instant now = clock.instant();
        a.password(passwordEncoder.encode(newPassword), false, actor, now);
        UserAccount saved = users.saveAndFlush(a);
        // that it changed, never what it is
        events.publishEvent(new ChangeRecorded(UserAdministration.ENTITY, saved.getId(), null, "PASSWORD_CHANGED",
                "password", null, null, actor, now));
    }
}
