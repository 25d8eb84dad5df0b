package org.claimdesk.review.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.sidenav.SideNavItem;
import org.claimdesk.AsUser;
import org.claimdesk.ClaimDeskSpringTest;
import org.claimdesk.TestArticles;
import org.claimdesk.article.ArticleImport;
import org.claimdesk.article.ArticleService;
import org.claimdesk.claim.ClaimDetails;
import org.claimdesk.claim.ui.ClaimView;
import org.claimdesk.review.BoardTeam;
import org.claimdesk.review.ReviewerLoad;
import org.claimdesk.review.UnassignedClaim;
import org.claimdesk.security.Role;
import org.claimdesk.security.TeamService;
import org.claimdesk.security.TeamSummary;
import org.claimdesk.security.UserAdministration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

@ClaimDeskSpringTest
@WithMockUser(username = "admin", roles = "ADMIN")
class TeamBoardViewTest extends SpringBrowserlessTest {

    @Autowired
    ArticleService articles;
    @Autowired
    UserAdministration users;
    @Autowired
    TeamService teams;

    private static List<String> reviewers(com.vaadin.flow.component.grid.GridTester<?, ReviewerLoad> grid) {
        return IntStream.range(0, grid.size()).mapToObj(i -> grid.getRow(i).reviewer()).toList();
    }

    @Test
    void an_admin_chooses_a_team_and_sees_a_row_per_member_and_its_unassigned_claims_which_open_on_click() {
        BoardTeam team = BoardTeam.create(users, teams);
        AsUser.signIn(team.editor(), Role.EDITOR_NAME);
        String tag = TestArticles.uniqueTag();
        List<ClaimDetails> cs = articles.importArticle(new ArticleImport("Board view " + tag, null, null, null,
                TestArticles.story(tag))).claims();
        AsUser.signIn("admin", Role.ADMIN_NAME);

        TeamBoardView view = navigate("board", TeamBoardView.class);
        test(view.team).selectItem(team.name());

        var reviewerGrid = test(view.reviewers);
        assertThat(reviewers(reviewerGrid)).containsExactly(team.reviewerA(), team.reviewerB(), team.editor());
        assertThat(IntStream.range(0, reviewerGrid.size()).mapToObj(reviewerGrid::getRow))
                .allSatisfy(r -> assertThat(r.open() + r.overdue() + r.doneThisWeek()).isZero());
        assertThat(reviewerGrid.getHeaderCell(3)).isEqualTo("Done this week");

        var claimGrid = test(view.unassigned);
        assertThat(claimGrid.size()).isEqualTo(cs.size());
        ClaimDetails mostWorthy = cs.stream().sorted(Comparator.comparingDouble(ClaimDetails::checkWorthiness).reversed()
                .thenComparingInt(ClaimDetails::start)).findFirst().orElseThrow();
        UnassignedClaim first = claimGrid.getRow(0);
        assertThat(first.claimId()).isEqualTo(mostWorthy.id());
        assertThat(claimGrid.getCellText(0, 1)).isEqualTo(mostWorthy.text());
        assertThat(claimGrid.getLitRendererPropertyValue(0, "status", "statusLabel", String.class)).isEqualTo("Unreviewed");

        claimGrid.clickRow(0);
        assertThat(getCurrentView()).isInstanceOf(ClaimView.class);
        assertThat(((ClaimView) getCurrentView()).getElement().getTextRecursively()).contains(mostWorthy.text());
    }

    @Test
    @WithMockUser(username = "editor", roles = "EDITOR")
    void an_editor_sees_their_team_at_once_and_the_team_board_in_the_navigation() {
        AsUser.signIn("editor", Role.EDITOR_NAME);
        TeamSummary politics = teams.list().getFirst();

        TeamBoardView view = navigate("board", TeamBoardView.class);
        assertThat(view.team.getValue().id()).isEqualTo(politics.id());
        assertThat(reviewers(test(view.reviewers))).containsExactlyElementsOf(politics.members());
        assertThat(find(SideNavItem.class).all()).extracting(SideNavItem::getLabel).contains("Team board");
    }

    @Test
    @WithMockUser(username = "checker", roles = "FACT_CHECKER")
    void a_fact_checker_has_no_team_board_in_the_navigation() {
        AsUser.signIn("checker", Role.FACT_CHECKER_NAME);
        navigate("queue", MyQueueView.class);
        assertThat(find(SideNavItem.class).all()).extracting(SideNavItem::getLabel)
                .contains("My queue").doesNotContain("Team board");
    }
}
