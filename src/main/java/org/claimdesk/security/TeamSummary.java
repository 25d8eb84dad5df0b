package org.claimdesk.security;

import java.util.List;

/** A team as other modules, views and the API see it; {@code members} are usernames, sorted. */
public record TeamSummary(long id, String name, List<String> members) {
}
