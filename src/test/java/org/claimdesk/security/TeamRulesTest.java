package org.claimdesk.security;

import org.claimdesk.ApiClient;
import org.claimdesk.ApiClient.Reply;
import org.claimdesk.AsUser;
import org.claimdesk.ClaimDeskSpringTest;
import org.claimdesk.TestArticles;
import org.claimdesk.article.ArticleDetails;
import org.claimdesk.article.ArticleImport;
import org.claimdesk.article.ArticleService;
import org.claimdesk.article.ArticleSummary;
import org.claimdesk.shared.InputRejectedException;
import org.claimdesk.shared.NotFoundException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authorization.AuthorizationDeniedException;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Teams: who manages them, which team an import goes to, moving an article, the demo desks. */
@ClaimDeskSpringTest
class TeamRulesTest {

    @LocalServerPort
    int port;
    @Autowired
    TeamService teams;
    @Autowired
    UserService users;
    @Autowired
    ArticleService articles;

    private Reply call(String method, String path, String user, Object body) throws Exception {
        return new ApiClient(port).call(method, path, user, body);
    }

    private long teamId(String name) {
        AsUser.signIn("admin", Role.ADMIN_NAME);
        return teams.list().stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow().id();
    }

    private static ArticleImport story(String tag, Long teamId) {
        return new ArticleImport("Teams " + tag, null, null, null, TestArticles.story(tag), teamId);
    }

    @Test
    void admins_create_rename_and_staff_teams_over_the_api_and_others_may_not() throws Exception {
        String tag = TestArticles.uniqueTag();
        // throwaway users: a demo user left in a second team would have to choose a team on every import
        users.createUser("a-" + tag, "A", "a-" + tag, Set.of(Role.FACT_CHECKER));
        users.createUser("b-" + tag, "B", "b-" + tag, Set.of(Role.FACT_CHECKER));
        Reply created = call("POST", "/api/v1/teams", "admin", Map.of("name", "Sports " + tag));
        assertThat(created.status()).isEqualTo(201);
        long id = created.body().get("id").asLong();
        Reply staffed = call("PUT", "/api/v1/teams/" + id + "/members", "admin", Map.of("usernames", List.of("b-" + tag, "a-" + tag)));
        assertThat(staffed.status()).isEqualTo(200);
        assertThat(staffed.body().get("members").valueStream().map(n -> n.asString()).toList()).containsExactly("a-" + tag, "b-" + tag);
        assertThat(call("PUT", "/api/v1/teams/" + id, "admin", Map.of("name", "Sport " + tag)).body().get("name").asString())
                .isEqualTo("Sport " + tag);
        assertThat(call("POST", "/api/v1/teams", "admin", Map.of("name", "sport " + tag)).status()).isEqualTo(409);
        assertThat(call("PUT", "/api/v1/teams/" + id + "/members", "admin", Map.of("usernames", List.of("nobody-" + tag))).status())
                .isEqualTo(400);

        assertThat(call("POST", "/api/v1/teams", "editor", Map.of("name", "Mine " + tag)).status()).isEqualTo(403);
        assertThat(call("PUT", "/api/v1/teams/" + id + "/members", "editor", Map.of("usernames", List.of("editor"))).status())
                .isEqualTo(403);
        // everyone lists the teams they are in; admins all
        assertThat(call("GET", "/api/v1/teams", "a-" + tag, null).body().valueStream().map(t -> t.get("name").asString()).toList())
                .containsExactly("Sport " + tag);
        assertThat(call("GET", "/api/v1/teams", "metro", null).body().valueStream().map(t -> t.get("name").asString()).toList())
                .containsExactly("Metro desk");
        assertThat(call("GET", "/api/v1/teams", "admin", null).body().valueStream().map(t -> t.get("name").asString()).toList())
                .contains("Metro desk", "Politics desk", "Sport " + tag);
    }

    @Test
    void the_membership_queries_answer_for_any_user() {
        long politics = teamId("Politics desk");
        long metro = teamId("Metro desk");
        AsUser.signIn("checker", Role.FACT_CHECKER_NAME);
        assertThat(teams.myTeamIds()).containsExactly(politics);
        assertThat(teams.isMember("checker2", politics)).isTrue();
        assertThat(teams.isMember("metro", politics)).isFalse();
        assertThat(teams.teamsOf("admin")).extracting(TeamSummary::id).contains(politics, metro);
    }

    @Test
    void an_import_goes_to_the_importers_only_team_by_default() throws Exception {
        AsUser.signIn("checker", Role.FACT_CHECKER_NAME);
        assertThat(articles.importArticle(story(TestArticles.uniqueTag(), null)).teamId()).isEqualTo(teamId("Politics desk"));
        Reply api = call("POST", "/api/v1/articles", "metro", Map.of("title", "Api teams", "text",
                TestArticles.story(TestArticles.uniqueTag())));
        assertThat(api.status()).isEqualTo(201);
        assertThat(api.body().get("teamId").asLong()).isEqualTo(teamId("Metro desk"));
    }

    @Test
    void an_importer_in_several_teams_chooses_one_and_never_one_they_are_not_in() throws Exception {
        String tag = TestArticles.uniqueTag();
        String both = "both-" + tag;
        long metro = teamId("Metro desk");
        users.createUser(both, "In Two Teams", both, Set.of(Role.FACT_CHECKER));
        AsUser.signIn("admin", Role.ADMIN_NAME);
        TeamSummary one = teams.create("One " + tag);
        TeamSummary two = teams.create("Two " + tag);
        teams.setMembers(one.id(), List.of(both));
        teams.setMembers(two.id(), List.of(both));

        AsUser.signIn(both, Role.FACT_CHECKER_NAME);
        assertThatThrownBy(() -> articles.importArticle(story(tag, null)))
                .isInstanceOf(InputRejectedException.class).hasMessageContaining("choose a team")
                .satisfies(e -> assertThat(((InputRejectedException) e).field()).isEqualTo("teamId"));
        assertThat(articles.importArticle(story(tag, two.id())).teamId()).isEqualTo(two.id());
        assertThatThrownBy(() -> articles.importArticle(story(TestArticles.uniqueTag(), metro)))
                .isInstanceOf(InputRejectedException.class).hasMessageContaining("one of your teams");

        Reply none = call("POST", "/api/v1/articles", both, Map.of("title", "x", "text", TestArticles.story(TestArticles.uniqueTag())));
        assertThat(none.status()).isEqualTo(400);
        assertThat(none.body().get("detail").asString()).contains("choose a team");
        assertThat(none.body().get("field").asString()).isEqualTo("teamId");
        Reply notMine = call("POST", "/api/v1/articles", both, Map.of("title", "x", "teamId", metro,
                "text", TestArticles.story(TestArticles.uniqueTag())));
        assertThat(notMine.status()).isEqualTo(400);
    }

    @Test
    void an_admin_imports_into_any_team_and_chooses_when_in_several() throws Exception {
        long metro = teamId("Metro desk");
        String tag = TestArticles.uniqueTag();
        AsUser.signIn("admin", Role.ADMIN_NAME);
        TeamSummary foreign = teams.create("Admin-less " + tag);
        assertThat(articles.importArticle(story(tag, foreign.id())).teamId()).isEqualTo(foreign.id());
        // the demo admin is in both desks: the same rule as for everyone, no silent default
        assertThatThrownBy(() -> articles.importArticle(story(TestArticles.uniqueTag(), null)))
                .isInstanceOf(InputRejectedException.class).hasMessageContaining("choose a team");
        Reply api = call("POST", "/api/v1/articles", "admin", Map.of("title", "Admin", "teamId", metro,
                "text", TestArticles.story(TestArticles.uniqueTag())));
        assertThat(api.status()).isEqualTo(201);
        assertThat(api.body().get("teamId").asLong()).isEqualTo(metro);
    }

    @Test
    void an_editor_moves_an_article_between_their_own_teams_only() throws Exception {
        String tag = TestArticles.uniqueTag();
        long politics = teamId("Politics desk");
        long metro = teamId("Metro desk");
        String editor = "ed-" + tag;
        users.createUser(editor, "Two-desk Editor", editor, Set.of(Role.EDITOR));
        AsUser.signIn("admin", Role.ADMIN_NAME);
        TeamSummary second = teams.create("Editor's second " + tag);
        teams.setMembers(second.id(), List.of(editor));
        TeamSummary politicsDesk = teams.list().stream().filter(t -> t.id() == politics).findFirst().orElseThrow();
        List<String> withEditor = new java.util.ArrayList<>(politicsDesk.members());
        withEditor.add(editor);
        teams.setMembers(politics, withEditor);
        AsUser.signIn("checker", Role.FACT_CHECKER_NAME);
        ArticleDetails a = articles.importArticle(story(tag, null));
        assertThatThrownBy(() -> articles.moveToTeam(a.id(), second.id())).isInstanceOf(AuthorizationDeniedException.class);

        assertThat(call("PUT", "/api/v1/articles/" + a.id() + "/team", editor, Map.of("teamId", metro)).status()).isEqualTo(400);
        Reply moved = call("PUT", "/api/v1/articles/" + a.id() + "/team", editor, Map.of("teamId", second.id()));
        assertThat(moved.status()).isEqualTo(200);
        assertThat(moved.body().get("teamId").asLong()).isEqualTo(second.id());
        // checker is not in the second team: the article and its claims are gone from their view
        assertThat(call("GET", "/api/v1/articles/" + a.id(), "checker", null).status()).isEqualTo(404);
        assertThat(call("GET", "/api/v1/claims/" + a.claims().getFirst().id(), "checker", null).status()).isEqualTo(404);
        AsUser.signIn(editor, Role.EDITOR_NAME);
        assertThat(articles.moveToTeam(a.id(), politics).teamId()).isEqualTo(politics);
        assertThatThrownBy(() -> articles.moveToTeam(a.id(), 987_654_321L)).isInstanceOf(InputRejectedException.class);
        AsUser.signIn("metro", Role.EDITOR_NAME);
        assertThatThrownBy(() -> articles.moveToTeam(a.id(), metro)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void a_text_another_team_imported_is_refused_without_naming_their_article() throws Exception {
        String text = TestArticles.story(TestArticles.uniqueTag());
        Reply first = call("POST", "/api/v1/articles", "checker", Map.of("title", "First", "text", text));
        assertThat(first.status()).isEqualTo(201);
        Reply again = call("POST", "/api/v1/articles", "checker2", Map.of("title", "Again", "text", text));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.body().get("existingId").asLong()).isEqualTo(first.body().get("id").asLong());
        Reply theirs = call("POST", "/api/v1/articles", "metro", Map.of("title", "Theirs", "text", text));
        assertThat(theirs.status()).isEqualTo(409);
        assertThat(theirs.body().has("existingId")).isFalse();
        assertThat(theirs.body().get("detail").asString()).contains("another team")
                .doesNotContain(first.body().get("id").asString());
    }

    @Test
    void the_demo_desks_split_the_demo_articles() {
        AsUser.signIn("metro", Role.FACT_CHECKER_NAME);
        List<String> metroTitles = articles.list("", 0, 100, null, true).stream().map(ArticleSummary::title).toList();
        assertThat(metroTitles).contains("Port authority bets on a longer quay as container traffic climbs",
                "Hospitals report record admissions during heatwave")
                .doesNotContain("Seoul and NATO compare notes on North Korean troops in Russia");
        AsUser.signIn("checker", Role.FACT_CHECKER_NAME);
        assertThat(articles.list("North Korean troops", 0, 100, null, true).stream().map(ArticleSummary::title))
                .contains("Seoul and NATO compare notes on North Korean troops in Russia");
        assertThat(articles.list("longer quay", 0, 100, null, true).getContent()).isEmpty();
        AsUser.signIn("admin", Role.ADMIN_NAME);
        assertThat(teams.list()).filteredOn(t -> t.name().equals("Politics desk")).singleElement()
                .satisfies(t -> assertThat(t.members()).contains("admin", "editor", "checker", "checker2").doesNotContain("metro"));
        assertThat(teams.list()).filteredOn(t -> t.name().equals("Metro desk")).singleElement()
                .satisfies(t -> assertThat(t.members()).contains("admin", "metro").doesNotContain("checker"));
    }
}
