package org.claimdesk.security;

import java.time.Clock;
import org.claimdesk.shared.ConflictException;
import org.claimdesk.shared.InputRejectedException;
import org.claimdesk.shared.Inputs;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Users, their roles and sign-in look-ups. */
@Service
public class UserService implements UserDetailsService {

    public static final int MIN_PASSWORD_LENGTH = 5;
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,59}");

    private final UserAccountRepository users;
    private final PasswordEncoder passwordEncoder;
    private final boolean demoData;

    private final Clock clock;

    UserService(UserAccountRepository users, PasswordEncoder passwordEncoder, DemoData demoData, Clock clock) {
        this.clock = clock;
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.demoData = demoData.enabled();
    }

    /** The demo accounts to show on the login page: none unless this is the embedded demo set-up. */
    public List<DemoAccount> demoAccountsShownAtSignIn() {
        return demoData ? DemoAccount.ALL : List.of();
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        if (!isValidUsername(username)) {
            throw new UsernameNotFoundException("no such user"); // never a name the database cannot even compare
        }
        UserAccount account = users.findByUsername(username)
                .orElseThrow(() -> new UsernameNotFoundException("no such user"));
        return User.withUsername(account.getUsername())
                .password(account.getPasswordHash())
                .disabled(!account.isEnabled())
                .roles(account.getRoles().stream().map(Enum::name).toArray(String[]::new))
                .build();
    }

    /** The signed-in user's or any user's public details; empty when there is no such user. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Optional<UserSummary> find(String username) {
        return users.findByUsername(username).map(UserService::summary);
    }

    /**
     * Creates a user; used by the admin bootstrap and the demo accounts, which run before anyone signs in.
     * Package-private on purpose: admins create accounts through {@link UserAdministration}.
     */
    @Transactional
    UserSummary createUser(String username, String displayName, String rawPassword, Set<Role> roles) {
        checkedUsername(username);
        Inputs.checkedCharacters(displayName, "displayName");
        if (displayName == null || displayName.isBlank() || displayName.length() > UserAccount.MAX_DISPLAY_NAME) {
            throw new InputRejectedException("displayName",
                    "A display name is 1 to " + UserAccount.MAX_DISPLAY_NAME + " characters.");
        }
        if (rawPassword == null || rawPassword.length() < MIN_PASSWORD_LENGTH) {
            throw new InputRejectedException("password",
                    "A password has at least " + MIN_PASSWORD_LENGTH + " characters.");
        }
        if (roles == null || roles.isEmpty()) {
            throw new InputRejectedException("roles", "A user needs at least one role.");
        }
        if (users.findByUsername(username).isPresent()) {
            throw new ConflictException("The username " + username + " is taken.", Map.of("username", username));
        }
        return summary(users.save(new UserAccount(username, displayName.strip(),
                passwordEncoder.encode(rawPassword), roles, "system", clock.instant())));
    }

    /** Whether the user must change the password an admin gave them before doing anything else. */
    @Transactional(readOnly = true)
    boolean mustChangePassword(String username) {
        return isValidUsername(username)
                && users.findByUsername(username).map(UserAccount::isMustChangePassword).orElse(false);
    }

    static boolean isValidUsername(String username) {
        return username != null && USERNAME.matcher(username).matches();
    }

    static String checkedUsername(String username) {
        if (!isValidUsername(username)) {
            throw new InputRejectedException("username",
                    "A username is 2 to 60 lower-case letters, digits, dots, dashes or underscores.");
        }
        return username;
    }

    @Transactional(readOnly = true)
    boolean hasAnyUser() {
        return users.count() > 0;
    }

    private static UserSummary summary(UserAccount a) {
        return new UserSummary(a.getUsername(), a.getDisplayName(), Set.copyOf(a.getRoles()), a.isEnabled());
    }
}
