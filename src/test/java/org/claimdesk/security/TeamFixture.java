package org.claimdesk.security;

import org.claimdesk.AsUser;
import org.claimdesk.TestArticles;
import org.claimdesk.article.ArticleDetails;
import org.claimdesk.article.ArticleImport;
import org.claimdesk.article.ArticleService;
import org.claimdesk.claim.ClaimDiscussion;
import org.claimdesk.claim.ClaimLinks;
import org.claimdesk.claim.LinkDetails;
import org.claimdesk.claim.LinkType;
import org.claimdesk.evidence.EvidenceService;
import org.claimdesk.evidence.SourceInput;
import org.claimdesk.evidence.Stance;

import java.util.List;
import java.util.Set;

/**
 * Work of the demo Politics desk (an article imported by checker, with a source, a comment and a link), a
 * Metro-desk article, and an editor of a third team: what the isolation tests ask for from outside.
 */
record TeamFixture(String tag, long politicsArticle, long claim, long otherClaim, long thirdClaim, long source,
                   long link, long metroArticle, long metroClaim, String outsiderEditor, long outsiderTeam) {

    static TeamFixture create(ArticleService articles, EvidenceService evidence, ClaimDiscussion discussion,
                              ClaimLinks links, UserService users, TeamService teams) {
        String tag = TestArticles.uniqueTag();
        AsUser.signIn("checker", Role.FACT_CHECKER_NAME);
        ArticleDetails politics = articles.importArticle(new ArticleImport("Politics " + tag, null, null, null,
                TestArticles.story(tag)));
        List<Long> ids = politics.claims().stream().map(c -> c.id()).toList();
        long source = evidence.addSource(ids.get(0), new SourceInput("https://isolation.example/" + tag, "Report",
                null, null, null, null, Stance.SUPPORTS, null, null)).id();
        discussion.addComment(ids.get(0), "Checked with the board.");
        LinkDetails link = links.link(ids.get(0), ids.get(1), LinkType.SAME_CLAIM);

        AsUser.signIn("metro", Role.FACT_CHECKER_NAME);
        String metroTag = TestArticles.uniqueTag();
        ArticleDetails metro = articles.importArticle(new ArticleImport("Metro " + metroTag, null, null, null,
                TestArticles.story(metroTag)));

        String outsider = "outsider-" + tag;
        users.createUser(outsider, "Outside Editor", outsider, Set.of(Role.EDITOR));
        AsUser.signIn("admin", Role.ADMIN_NAME);
        TeamSummary team = teams.create("Outsiders " + tag);
        teams.setMembers(team.id(), List.of(outsider));
        return new TeamFixture(tag, politics.id(), ids.get(0), ids.get(1), ids.get(2), source, link.id(), metro.id(),
                metro.claims().getFirst().id(), outsider, team.id());
    }
}
