package org.claimdesk.security;

import org.claimdesk.shared.Tracked;
import jakarta.persistence.*;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

@Entity
@Table(name = "app_user")
class UserAccount extends Tracked {

    static final int MAX_USERNAME = 60;
    static final int MAX_DISPLAY_NAME = 120;
    static final int MAX_EMAIL = 254;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = MAX_USERNAME)
    private String username;

    @Column(name = "display_name", nullable = false, length = MAX_DISPLAY_NAME)
    private String displayName;

    @Column(name = "password_hash", nullable = false, length = 200)
    private String passwordHash;

    @Column(nullable = false)
    private boolean enabled;

    @Column(length = MAX_EMAIL)
    private String email;

    /** Set when an admin chose the password (a new account, a reset): the user changes it before anything else. */
    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    /** Light or dark screens; changed only through ThemePreference's bulk update. */
    @Column(nullable = false, length = 10, updatable = false) // an admin's save of the account never resets it
    @Enumerated(EnumType.STRING)
    private UiTheme theme = UiTheme.LIGHT;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role", length = 30)
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    protected UserAccount() {
    }

    UserAccount(String username, String displayName, String passwordHash, Set<Role> roles, String createdBy,
                Instant at) {
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.enabled = true;
        this.roles = EnumSet.copyOf(roles);
        touched(createdBy, at);
    }

    /** An account an admin creates: the password is theirs, so the user must change it at first sign-in. */
    UserAccount(String username, String displayName, String email, String passwordHash, Set<Role> roles,
                String createdBy, Instant at) {
        this(username, displayName, passwordHash, roles, createdBy, at);
        this.email = email;
        this.mustChangePassword = true;
    }

    /** An admin's change of the fields anyone may see; the caller has checked them. */
    void edit(String displayName, String email, Set<Role> roles, String actor, Instant at) {
        this.displayName = displayName;
        this.email = email;
        this.roles = EnumSet.copyOf(roles);
        touched(actor, at);
    }

    void enable(boolean enabled, String actor, Instant at) {
        this.enabled = enabled;
        touched(actor, at);
    }

    /** A new password hash; {@code mustChange} when someone else than the user chose it. */
    void password(String hash, boolean mustChange, String actor, Instant at) {
        this.passwordHash = hash;
        this.mustChangePassword = mustChange;
        touched(actor, at);
    }

    Long getId() { return id; }
    String getEmail() { return email; }
    boolean isMustChangePassword() { return mustChangePassword; }
    String getUsername() { return username; }
    String getDisplayName() { return displayName; }
    String getPasswordHash() { return passwordHash; }
    boolean isEnabled() { return enabled; }
    Set<Role> getRoles() { return roles; }
}
