package org.claimdesk.security;

import org.claimdesk.shared.InputRejectedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/**
 * The one team check: which teams' articles and claims the signed-in user sees (admins: all; editors and
 * fact-checkers: their teams), and which team they may put an article in. Every service that reads or changes
 * an article or claim by id asks {@link #canSee} and answers "not found" otherwise, so ids never leak.
 */
@Component
public class TeamAccess {

    private final TeamRepository teams;
    private final CurrentUser currentUser;

    TeamAccess(TeamRepository teams, CurrentUser currentUser) {
        this.teams = teams;
        this.currentUser = currentUser;
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Role.ANY_STAFF)
    public TeamScope scope() {
        if (isAdmin()) {
            return new TeamScope(true, java.util.Set.of());
        }
        return new TeamScope(false, java.util.Set.copyOf(teams.findIdsByMember(currentUser.name())));
    }

    /** Whether the signed-in user sees the articles and claims of this team. */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.ANY_STAFF)
    public boolean canSee(Long teamId) {
        return teamId != null && (isAdmin() || teams.isMember(currentUser.name(), teamId));
    }

    /** The teams the signed-in user may import into or move an article to: all for admins, else their own. */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.ANY_STAFF)
    public List<TeamSummary> usableTeams() {
        return (isAdmin() ? teams.findAllByOrderByNameAscIdAsc() : teams.findByMember(currentUser.name()))
                .stream().map(Team::summary).toList();
    }

    /**
     * The team an import goes to. Given, it must be one of the importer's teams (admins: any team). Not given, it
     * is the importer's only team; in several teams they choose. An admin in no team gets the oldest team, so the
     * first admin of a fresh installation can import before setting up teams.
     */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.ANY_STAFF)
    public long teamForImport(Long requested) {
        if (requested != null) {
            checkUsable(requested);
            return requested;
        }
        List<Long> mine = teams.findIdsByMember(currentUser.name());
        if (mine.size() == 1) {
            return mine.getFirst();
        }
        if (mine.size() > 1) {
            throw new InputRejectedException("teamId", "You are in several teams: choose a team for the article.");
        }
        if (isAdmin()) {
            return teams.findFirstByOrderByIdAsc().map(Team::getId).orElseThrow(() ->
                    new InputRejectedException("teamId", "There is no team yet: create one under Teams first."));
        }
        throw new InputRejectedException("teamId", "You are in no team yet: ask an admin to add you to one.");
    }

    /** Refuses a team the signed-in user may not put articles in (not theirs, or no such team). */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.ANY_STAFF)
    public void checkUsable(long teamId) {
        boolean usable = isAdmin() ? teams.existsById(teamId) : teams.isMember(currentUser.name(), teamId);
        if (!usable) {
            throw new InputRejectedException("teamId", "Choose one of your teams.");
        }
    }

    private boolean isAdmin() {
        return currentUser.hasAnyRole(Role.ADMIN_NAME);
    }
}
