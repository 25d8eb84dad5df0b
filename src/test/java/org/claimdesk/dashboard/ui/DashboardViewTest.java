package org.claimdesk.dashboard.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.dom.Element;
import org.claimdesk.AsUser;
import org.claimdesk.ClaimDeskSpringTest;
import org.claimdesk.OpenUrl;
import org.claimdesk.TestArticles;
import org.claimdesk.article.ArticleImport;
import org.claimdesk.article.ArticleService;
import org.claimdesk.claim.ClaimDetails;
import org.claimdesk.claim.ClaimService;
import org.claimdesk.claim.ClaimStatus;
import org.claimdesk.claim.ui.ClaimsView;
import org.claimdesk.dashboard.DashboardFigures;
import org.claimdesk.dashboard.DashboardService;
import org.claimdesk.evidence.Attribution;
import org.claimdesk.evidence.EvidenceService;
import org.claimdesk.evidence.Rating;
import org.claimdesk.evidence.SourceInput;
import org.claimdesk.evidence.Stance;
import org.claimdesk.evidence.VerdictInput;
import org.claimdesk.evidence.VerdictService;
import org.claimdesk.review.BoardTeam;
import org.claimdesk.security.IssuedPassword;
import org.claimdesk.security.NewUser;
import org.claimdesk.security.OwnPassword;
import org.claimdesk.security.Role;
import org.claimdesk.security.TeamService;
import org.claimdesk.security.UserAdministration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The dashboard as a team member sees it: charts of the service's figures whose bars open the filtered grid. */
@ClaimDeskSpringTest
@WithMockUser(username = "admin", roles = "ADMIN")
class DashboardViewTest extends SpringBrowserlessTest {

    @Autowired
    DashboardService dashboard;
    @Autowired
    ArticleService articles;
    @Autowired
    ClaimService claims;
    @Autowired
    EvidenceService evidence;
    @Autowired
    VerdictService verdicts;
    @Autowired
    UserAdministration users;
    @Autowired
    TeamService teams;
    @Autowired
    OwnPassword ownPassword;

    /**
     * A new fact-checker who has changed the one-time password (else every view sends them to change it), in the
     * team when one is given, signed in.
     */
    private String viewer(BoardTeam team) {
        String tag = TestArticles.uniqueTag();
        AsUser.signIn("admin", Role.ADMIN_NAME);
        IssuedPassword issued = users.create(new NewUser("dash-v-" + tag, "Dash Viewer " + tag, null,
                Set.of(Role.FACT_CHECKER), null));
        String name = issued.user().username();
        if (team != null) {
            teams.setMembers(team.id(), List.of(team.editor(), team.reviewerA(), team.reviewerB(), name));
        }
        AsUser.signIn(name, Role.FACT_CHECKER_NAME);
        ownPassword.change(issued.oneTimePassword(), "dash-viewer-password");
        return name;
    }

    private static Stream<Element> tree(Element e) {
        return Stream.concat(Stream.of(e), e.getChildren().flatMap(DashboardViewTest::tree));
    }

    private static List<Element> tagged(Element root, String tag) {
        return tree(root).filter(e -> !e.isTextNode() && tag.equals(e.getTag())).toList();
    }

    /** The tooltip of a bar or segment: its {@code <title>} child. */
    private static String tooltip(Element mark) {
        return mark.getChildren().filter(c -> c.getTag().equals("title")).findFirst().orElseThrow().getText();
    }

    /** A team with one story; its first claim verified (FALSE) by reviewer A and the editor; a viewer signed in. */
    private BoardTeam teamWithAVerifiedClaim() {
        BoardTeam team = BoardTeam.create(users, teams);
        AsUser.signIn(team.editor(), Role.EDITOR_NAME);
        String tag = TestArticles.uniqueTag();
        ClaimDetails c = articles.importArticle(new ArticleImport("Dashboard view " + tag, null, null, null,
                TestArticles.story(tag))).claims().getFirst();
        AsUser.signIn(team.reviewerA(), Role.FACT_CHECKER_NAME);
        evidence.addSource(c.id(), new SourceInput("https://dash-view.example/" + tag, null, null, null, null, null,
                Stance.CONTRADICTS, null, null));
        verdicts.setVerdict(c.id(), new VerdictInput(Attribution.CONFIRMED, Rating.FALSE, "The survey says less.", null,
                claims.get(c.id()).version()));
        AsUser.signIn(team.editor(), Role.EDITOR_NAME);
        verdicts.approve(c.id(), claims.get(c.id()).version());
        viewer(team);
        return team;
    }

    @Test
    void signing_in_lands_on_the_dashboard_whose_charts_show_the_services_figures() {
        teamWithAVerifiedClaim();
        DashboardView view = navigate("", DashboardView.class);
        DashboardFigures figures = dashboard.figures();

        Element statusSvg = view.byStatus.svg;
        assertThat(statusSvg.getAttribute("role")).isEqualTo("group");
        assertThat(statusSvg.getAttribute("aria-label")).isEqualTo("Claims by status");
        List<Element> bars = tagged(statusSvg, "a");
        assertThat(bars).extracting(a -> a.getAttribute("href")).containsExactly("claims?status=UNREVIEWED",
                "claims?status=IN_REVIEW", "claims?status=AWAITING_APPROVAL", "claims?status=VERIFIED",
                "claims?status=REOPENED");
        assertThat(bars).extracting(DashboardViewTest::tooltip).containsExactlyElementsOf(figures.byStatus().stream()
                .map(s -> org.claimdesk.claim.ui.StatusBadge.label(s.status()) + ": " + s.count()).toList());
        assertThat(tooltip(bars.get(3))).isEqualTo("Verified: 1");
        assertThat(tagged(bars.get(3), "rect")).singleElement().satisfies(r ->
                assertThat(r.getStyle().get("fill")).isEqualTo("var(--claimdesk-status-verified-text)"));
        // the same figures as text, readable without the picture
        assertThat(tagged(view.byStatus.table, "tr")).extracting(Element::getTextRecursively)
                .contains("Verified1", "Unreviewed" + (figures.totalClaims() - 1));

        assertThat(tagged(view.byRating.svg, "title")).extracting(Element::getText).containsExactly("False: 1");
        assertThat(tagged(view.byRating.svg, "path")).hasSize(1);
        assertThat(tagged(view.byRating.svg, "a")).extracting(a -> a.getAttribute("href")).containsExactly("claims?rating=FALSE");
        assertThat(tagged(view.perWeek.svg, "a")).extracting(a -> a.getAttribute("href")).hasSize(DashboardService.WEEKS)
                .allSatisfy(href -> assertThat(href).matches("claims\\?verdictWeek=\\d{4}-\\d{2}-\\d{2}"));
        assertThat(tagged(view.perWeek.svg, "title")).hasSize(DashboardService.WEEKS)
                .last().extracting(Element::getText).asString().endsWith(": 1");
        assertThat(view.getElement().getTextRecursively()).contains("Progress per article", "1 / "
                + figures.totalClaims() + " verified");
    }

    @Test
    void a_bar_opens_the_claims_grid_filtered_to_it() {
        teamWithAVerifiedClaim();
        DashboardView view = navigate("dashboard", DashboardView.class);
        String href = tagged(view.byStatus.svg, "a").get(3).getAttribute("href");

        OpenUrl.open(href);

        assertThat(getCurrentView()).isInstanceOf(ClaimsView.class);
        assertThat(find(Select.class).withId("claim-status-filter").single().getValue())
                .isEqualTo(ClaimStatus.VERIFIED);
    }

    @Test
    void the_dashboard_comes_first_in_the_navigation() {
        navigate("dashboard", DashboardView.class);
        assertThat(find(SideNavItem.class).all()).extracting(SideNavItem::getLabel).first().isEqualTo("Dashboard");
    }

    @Test
    void a_team_without_claims_reads_a_plain_message_instead_of_empty_charts() {
        viewer(BoardTeam.create(users, teams));
        DashboardView view = navigate("dashboard", DashboardView.class);
        assertThat(view.emptyState.getText()).contains("no claims yet");
        assertThat(tagged(view.getElement(), "svg")).as("no empty charts").isEmpty();
    }

    @Test
    void someone_in_no_team_reads_that_they_are_in_no_team() {
        viewer(null);
        DashboardView view = navigate("dashboard", DashboardView.class);
        assertThat(view.emptyState.getText()).contains("in no team");
        assertThat(tagged(view.getElement(), "svg")).as("no empty charts").isEmpty();
    }
}
