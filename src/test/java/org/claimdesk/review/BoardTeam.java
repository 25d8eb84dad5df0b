package org.claimdesk.review;

import org.claimdesk.AsUser;
import org.claimdesk.TestArticles;
import org.claimdesk.security.NewUser;
import org.claimdesk.security.Role;
import org.claimdesk.security.TeamService;
import org.claimdesk.security.TeamSummary;
import org.claimdesk.security.UserAdministration;

import java.util.List;
import java.util.Set;

/**
 * A new team of its own for a board test, so its counts and lists hold only the test's work on the shared
 * database: an editor and two fact-checkers, new users in this team only (made by admin, who stays signed in).
 */
public record BoardTeam(long id, String name, String editor, String reviewerA, String reviewerB) {

    public static BoardTeam create(UserAdministration users, TeamService teams) {
        String tag = TestArticles.uniqueTag();
        AsUser.signIn("admin", Role.ADMIN_NAME);
        String editor = "board-ed-" + tag;
        String a = "board-a-" + tag;
        String b = "board-b-" + tag;
        users.create(new NewUser(editor, "Board Editor " + tag, editor + "@example.org", Set.of(Role.EDITOR), null));
        users.create(new NewUser(a, "Reviewer A " + tag, a + "@example.org", Set.of(Role.FACT_CHECKER), null));
        users.create(new NewUser(b, "Reviewer B " + tag, b + "@example.org", Set.of(Role.FACT_CHECKER), null));
        TeamSummary team = teams.create("Board " + tag);
        teams.setMembers(team.id(), List.of(editor, a, b));
        return new BoardTeam(team.id(), team.name(), editor, a, b);
    }
}
