package org.claimdesk.security;

import org.claimdesk.shared.ConflictException;
import org.claimdesk.shared.InputRejectedException;
import org.claimdesk.shared.Inputs;
import org.claimdesk.shared.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Teams and their members. Admins create, rename and staff teams; everyone else reads the teams they are in.
 * Other modules ask who is in which team here, and what the signed-in user may see through {@link TeamAccess}.
 */
@Service
public class TeamService {

    private final TeamRepository teams;
    private final UserAccountRepository users;
    private final CurrentUser currentUser;
    private final Clock clock;

    TeamService(TeamRepository teams, UserAccountRepository users, CurrentUser currentUser, Clock clock) {
        this.teams = teams;
        this.users = users;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The teams the signed-in user may see: all for admins, their own for everyone else; by name. */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.ANY_STAFF)
    public List<TeamSummary> list() {
        List<Team> found = currentUser.hasAnyRole(Role.ADMIN_NAME)
                ? teams.findAllByOrderByNameAscIdAsc()
                : teams.findByMember(currentUser.name());
        return found.stream().map(Team::summary).toList();
    }

    @Transactional
    @PreAuthorize(Role.ADMINS)
    public TeamSummary create(String name) {
        String valid = validName(name, null);
        return teams.saveAndFlush(new Team(valid, currentUser.name(), clock.instant())).summary();
    }

    @Transactional
    @PreAuthorize(Role.ADMINS)
    public TeamSummary rename(long teamId, String name) {
        Team team = team(teamId);
        team.rename(validName(name, teamId));
        team.touched(currentUser.name(), clock.instant());
        return teams.saveAndFlush(team).summary();
    }

    /** Sets the team's members to exactly these users; an unknown username is refused and nothing changes. */
    @Transactional
    @PreAuthorize(Role.ADMINS)
    public TeamSummary setMembers(long teamId, Collection<String> usernames) {
        Team team = team(teamId);
        if (usernames == null) {
            throw new InputRejectedException("usernames", "Give the team's members (an empty list for none).");
        }
        Set<UserAccount> members = new LinkedHashSet<>();
        for (String username : usernames) {
            members.add(users.findByUsername(username == null ? "" : username.strip())
                    .orElseThrow(() -> new InputRejectedException("usernames", "There is no user " + username + ".")));
        }
        team.setMembers(members);
        team.touched(currentUser.name(), clock.instant());
        return teams.saveAndFlush(team).summary();
    }

    /** Every username, for choosing a team's members. */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.ADMINS)
    public List<String> usernames() {
        return users.findAll().stream().map(UserAccount::getUsername).sorted().toList();
    }

    /** The ids of the signed-in user's teams (their memberships; an admin's too, though admins see all teams). */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.ANY_STAFF)
    public Set<Long> myTeamIds() {
        return Set.copyOf(teams.findIdsByMember(currentUser.name()));
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Role.ANY_STAFF)
    public boolean isMember(String username, long teamId) {
        return teams.isMember(username, teamId);
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Role.ANY_STAFF)
    public List<TeamSummary> teamsOf(String username) {
        return teams.findByMember(username).stream().map(Team::summary).toList();
    }

    private Team team(long teamId) {
        return teams.findById(teamId).orElseThrow(() -> new NotFoundException("Team", teamId));
    }

    private String validName(String name, Long renamedId) {
        String valid = Inputs.requiredText(name, "name", "Give the team a name.", Team.MAX_NAME);
        teams.findByNameIgnoreCase(valid).filter(t -> !t.getId().equals(renamedId)).ifPresent(t -> {
            throw new ConflictException("There is already a team named " + t.getName() + ".", Map.of("name", t.getName()));
        });
        return valid;
    }

    /** For the demo data, which runs before anyone signs in. */
    @Transactional
    TeamSummary ensureDemoTeam(String name, Collection<String> usernames, String renameIfEmpty) {
        Team team = teams.findByNameIgnoreCase(name).orElseGet(() -> teams.findByNameIgnoreCase(renameIfEmpty == null ? "" : renameIfEmpty)
                .filter(t -> t.getMembers().isEmpty())
                .map(t -> { t.rename(name); return t; })
                .orElseGet(() -> new Team(name, "system", clock.instant())));
        Set<UserAccount> members = new LinkedHashSet<>(team.getMembers());
        for (String u : usernames) {
            users.findByUsername(u).ifPresent(members::add);
        }
        team.setMembers(members);
        team.touched("system", clock.instant());
        return teams.saveAndFlush(team).summary();
    }
}
