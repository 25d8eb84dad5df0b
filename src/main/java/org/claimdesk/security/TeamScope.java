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

    /**
     * The team ids for an SQL {@code (:all = true or team_id in (:teamIds))}: never empty, since an empty IN list is
     * no valid SQL (admins, who see all, get a non-id).
     */
    public java.util.Collection<Long> teamIdsForSql() {
        return all || teamIds.isEmpty() ? Set.of(-1L) : teamIds;
    }
}
