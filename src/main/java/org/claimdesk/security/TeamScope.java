package org.claimdesk.security;

import java.util.Set;

/**
 * Which teams' articles and claims the signed-in user sees: all of them (admins) or those of their teams.
 * Lists filter by it; a look-up by id answers "not found" outside it.
 */
public record TeamScope(boolean all, Set<Long> teamIds) {

    public TeamScope {
        teamIds = Set.copyOf(teamIds);
    }

    public boolean includes(Long teamId) {
        return all || (teamId != null && teamIds.contains(teamId));
    }
}
