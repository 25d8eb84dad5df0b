package org.claimdesk.security;

import org.claimdesk.shared.ChangeRecorded;
import org.claimdesk.shared.ConflictException;
import org.claimdesk.shared.InputRejectedException;
import org.claimdesk.shared.Inputs;
import org.claimdesk.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * What admins do with users: list, create, edit (display name, e-mail, roles), disable and enable, reset a
 * password. Every change is checked against the version the admin read and kept in the history field by field;
 * a password never is (only that it was set). Disabling a user, resetting their password or changing their
 * roles ends their open UI sessions once the change commits.
 */
@Service
public class UserAdministration {

    /** The history's entity type; the entity id is the user's numeric id. */
    public static final String ENTITY = "USER";

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");

    private final UserAccountRepository users;
    private final PasswordEncoder passwordEncoder;
    private final UserSessions sessions;
    private final ApplicationEventPublisher events;
    private final CurrentUser currentUser;
    private final Clock clock;

    UserAdministration(UserAccountRepository users, PasswordEncoder passwordEncoder,
                       UserSessions sessions, ApplicationEventPublisher events, CurrentUser currentUser, Clock clock) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.sessions = sessions;
        this.events = events;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Every user, by username. */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.ADMINS)
    public List<UserAccountDetails> list() {
        return users.findAll().stream().map(UserAccountDetails::of)
                .sorted(Comparator.comparing(UserAccountDetails::username)).toList();
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Role.ADMINS)
    public UserAccountDetails get(String username) {
        return UserAccountDetails.of(account(username));
    }

    /**
     * Creates a user who must change the password at first sign-in. Without a password the service chooses a
     * one-time password, returned here once.
     */
    @Transactional
    @PreAuthorize(Role.ADMINS)
    public IssuedPassword create(NewUser user) {
        if (user == null) {
            throw new InputRejectedException("A new user needs a username, a display name and roles.");
        }
        String username = UserService.checkedUsername(user.username());
        String displayName = checkedDisplayName(user.displayName());
        String email = checkedEmail(user.email());
        Set<Role> roles = checkedRoles(user.roles());
        boolean chosenByService = user.password() == null || user.password().isEmpty();
        String password = chosenByService ? PasswordPolicy.oneTime()
                : PasswordPolicy.checked(user.password(), username, "password");
        if (users.findByUsername(username).isPresent()) {
            throw new ConflictException("The username " + username + " is taken.", Map.of("username", username));
        }
        String actor = currentUser.name();
        Instant now = clock.instant();
        UserAccount saved = users.saveAndFlush(new UserAccount(username, displayName, email,
                passwordEncoder.encode(password), roles, actor, now));
        record(saved, "CREATED", null, null, username, actor, now);
        record(saved, "CREATED", "displayName", null, displayName, actor, now);
        record(saved, "CREATED", "email", null, email, actor, now);
        record(saved, "CREATED", "roles", null, rolesText(roles), actor, now);
        return new IssuedPassword(UserAccountDetails.of(saved), chosenByService ? password : null);
    }

    /** Sets display name, e-mail, roles and whether the account is enabled, as the admin sees them. */
    @Transactional
    @PreAuthorize(Role.ADMINS)
    public UserAccountDetails update(String username, UserEdit edit) {
        if (edit == null) {
            throw new InputRejectedException("Send the user's display name, e-mail, roles, enabled and version.");
        }
        UserAccount a = account(username);
        String displayName = checkedDisplayName(edit.displayName());
        String email = checkedEmail(edit.email());
        Set<Role> roles = checkedRoles(edit.roles());
        checkVersion(a, edit.version());
        String actor = currentUser.name();
        if (actor.equals(a.getUsername()) && !roles.contains(Role.ADMIN)) {
            throw new InputRejectedException("roles", "You cannot take the admin role from yourself.");
        }
        if (actor.equals(a.getUsername()) && !edit.enabled()) {
            throw new InputRejectedException("enabled", "You cannot disable your own account.");
        }
        Instant now = clock.instant();
        String displayBefore = a.getDisplayName();
        String emailBefore = a.getEmail();
        String rolesBefore = rolesText(a.getRoles());
        boolean enabledBefore = a.isEnabled();
        a.edit(displayName, email, roles, actor, now);
        if (enabledBefore != edit.enabled()) {
            a.enable(edit.enabled(), actor, now);
        }
        UserAccount saved = users.saveAndFlush(a);
        record(saved, "EDITED", "displayName", displayBefore, displayName, actor, now);
        record(saved, "EDITED", "email", emailBefore, email, actor, now);
        record(saved, "EDITED", "roles", rolesBefore, rolesText(roles), actor, now);
        if (enabledBefore != edit.enabled()) {
            record(saved, edit.enabled() ? "ENABLED" : "DISABLED", "enabled", String.valueOf(enabledBefore),
                    String.valueOf(edit.enabled()), actor, now);
        }
        if (!edit.enabled() || !rolesBefore.equals(rolesText(roles)) && !actor.equals(saved.getUsername())) {
            // a disabled user is out at once; one whose roles changed signs in again with the new ones (an admin
            // who gives themselves another role keeps the session they are working in)
            sessions.endAfterCommit(saved.getUsername());
        }
        return UserAccountDetails.of(saved);
    }

    /** Disables a user (ending their open sessions) or enables them again; other fields stay. */
    @Transactional
    @PreAuthorize(Role.ADMINS)
    public UserAccountDetails setEnabled(String username, boolean enabled, long version) {
        UserAccount a = account(username);
        return update(username, new UserEdit(a.getDisplayName(), a.getEmail(), a.getRoles(), enabled, version));
    }

    /**
     * Gives the user a new one-time password (returned here once) that they must change at their next sign-in,
     * and ends their open sessions.
     */
    @Transactional
    @PreAuthorize(Role.ADMINS)
    public IssuedPassword resetPassword(String username, long version) {
        UserAccount a = account(username);
        checkVersion(a, version);
        String actor = currentUser.name();
        Instant now = clock.instant();
        String password = PasswordPolicy.oneTime();
        a.password(passwordEncoder.encode(password), true, actor, now);
        UserAccount saved = users.saveAndFlush(a);
        record(saved, "PASSWORD_RESET", "password", null, null, actor, now);
        sessions.endAfterCommit(saved.getUsername());
        return new IssuedPassword(UserAccountDetails.of(saved), password);
    }

    private UserAccount account(String username) {
        if (username == null || !UserService.isValidUsername(username)) {
            throw new NotFoundException("User", username == null ? "" : "with this name");
        }
        return users.findByUsername(username).orElseThrow(() -> new NotFoundException("User", username));
    }

    /** A stale copy is refused naming who changed the user last and when. */
    private static void checkVersion(UserAccount a, long version) {
        if (a.getVersion() != version) {
            String by = a.getUpdatedBy() == null ? "Someone" : a.getUpdatedBy();
            Map<String, Object> facts = new HashMap<>();
            facts.put("currentVersion", a.getVersion());
            facts.put("changedBy", by);
            facts.put("changedAt", a.getUpdatedAt().toString());
            throw new ConflictException(by + " changed the user " + a.getUsername() + " at "
                    + a.getUpdatedAt().toString().replace('T', ' ').replaceAll("(\\.\\d+)?Z$", " UTC")
                    + " after you opened it; reload and apply your change again.", facts);
        }
    }

    static String checkedDisplayName(String displayName) {
        return Inputs.requiredText(displayName, "displayName",
                "A display name is 1 to " + UserAccount.MAX_DISPLAY_NAME + " characters.", UserAccount.MAX_DISPLAY_NAME);
    }

    static String checkedEmail(String email) {
        String e = Inputs.optionalText(email, "email", UserAccount.MAX_EMAIL);
        if (e != null && !EMAIL.matcher(e).matches()) {
            throw new InputRejectedException("email", "An e-mail address looks like name@example.org.");
        }
        return e;
    }

    static Set<Role> checkedRoles(Set<Role> roles) {
        if (roles == null || roles.isEmpty() || roles.stream().anyMatch(Objects::isNull)) {
            throw new InputRejectedException("roles", "A user needs at least one role.");
        }
        return EnumSet.copyOf(roles);
    }

    private static String rolesText(Set<Role> roles) {
        return String.join(", ", new TreeSet<>(roles.stream().map(Enum::name).toList()));
    }

    /** One history entry per changed field, in the transaction of the change; never a password. */
    private void record(UserAccount a, String action, String field, String before, String after, String actor,
                        Instant now) {
        if (field == null || field.equals("password") || !Objects.equals(before, after)) {
            events.publishEvent(new ChangeRecorded(ENTITY, a.getId(), null, action, field, before, after, actor, now));
        }
    }
}
