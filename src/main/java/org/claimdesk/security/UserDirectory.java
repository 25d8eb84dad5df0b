package org.claimdesk.security;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who exists and in which role, for other modules' work after a change (notifications, which run after the
 * change committed and without a signed-in user). Answers user names only: no password, no e-mail.
 */
@Service
public class UserDirectory {

    private final UserAccountRepository users;
    private final TeamRepository teams;

    UserDirectory(UserAccountRepository users, TeamRepository teams) {
        this.users = users;
        this.teams = teams;
    }

    /**
     * True when the user may see the records of a team: an enabled admin, or an enabled member. Messages about a
     * claim go only to people who may open it.
     */
    @Transactional(readOnly = true)
    public boolean canSee(String username, Long teamId) {
        return users.findByUsername(username).filter(UserAccount::isEnabled)
                .map(u -> teamId == null || u.getRoles().contains(Role.ADMIN) || teams.isMember(username, teamId))
                .orElse(false);
    }

    /** The enabled users who have one of the roles, by name. */
    @Transactional(readOnly = true)
    public List<String> usernamesWithRole(Role... roles) {
        Set<Role> wanted = Arrays.stream(roles).collect(Collectors.toSet());
        return users.findAll().stream()
                .filter(UserAccount::isEnabled)
                .filter(u -> u.getRoles().stream().anyMatch(wanted::contains))
                .map(UserAccount::getUsername)
                .sorted(Comparator.naturalOrder())
                .toList();
    }

    /**
     * The enabled people who may see a team's records (its members and the admins) whose user name or display
     * name starts with {@code prefix} (any case), by user name, at most {@code limit}: who an @mention can reach.
     */
    @Transactional(readOnly = true)
    public List<PersonName> whoCanSee(Long teamId, String prefix, int limit) {
        String p = prefix == null ? "" : prefix.strip().toLowerCase(java.util.Locale.ROOT);
        return users.findAll().stream()
                .filter(UserAccount::isEnabled)
                .filter(u -> u.getUsername().toLowerCase(java.util.Locale.ROOT).startsWith(p)
                        || (u.getDisplayName() != null && u.getDisplayName().toLowerCase(java.util.Locale.ROOT).startsWith(p)))
                .filter(u -> teamId == null || u.getRoles().contains(Role.ADMIN) || teams.isMember(u.getUsername(), teamId))
                .sorted(Comparator.comparing(UserAccount::getUsername))
                .limit(Math.max(0, limit))
                .map(u -> new PersonName(u.getUsername(), u.getDisplayName()))
                .toList();
    }

    /** The names among these that belong to an enabled user. */
    @Transactional(readOnly = true)
    public Set<String> existing(Set<String> usernames) {
        return usernames.stream().filter(n -> users.findByUsername(n).map(UserAccount::isEnabled).orElse(false))
                .collect(Collectors.toSet());
    }
}
