package org.claimdesk.review.ui;

import org.claimdesk.shared.ui.Texts;
import org.claimdesk.claim.ui.StatusBadge;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.claimdesk.review.ReviewerLoad;
import org.claimdesk.review.TeamBoard;
import org.claimdesk.review.UnassignedClaim;
import org.claimdesk.security.Role;
import org.claimdesk.security.TeamSummary;

import java.util.List;
import java.util.Locale;

/**
 * For editors: a team's reviewers with their open, overdue and this week's finished claims, and the claims
 * nobody has taken yet (most check-worthy first); a claim row opens the claim.
 */
@Route("board")
@RolesAllowed({Role.ADMIN_NAME, Role.EDITOR_NAME})
public class TeamBoardView extends VerticalLayout implements HasDynamicTitle {

    final Select<TeamSummary> team = new Select<>();
    final Grid<ReviewerLoad> reviewers = new Grid<>(ReviewerLoad.class, false);
    final Grid<UnassignedClaim> unassigned = new Grid<>(UnassignedClaim.class, false);
    final Span noTeam = new Span(Texts.t("review.TeamBoardView.you-are-in-no-team-yet"));

    private final TeamBoard board;

    public TeamBoardView(TeamBoard board) {
        this.board = board;
        setSizeFull();

        team.setLabel(Texts.t("review.TeamBoardView.team"));
        team.setId("team-board-team");
        team.setItemLabelGenerator(TeamSummary::name);

        reviewers.setId("team-board-grid");
        reviewers.addColumn(r -> Texts.t(r.member() ? "review.TeamBoardView.reviewer-name" : "review.TeamBoardView.reviewer-left",
                        r.displayName(), r.reviewer()))
                .setHeader(Texts.t("review.TeamBoardView.reviewer")).setFlexGrow(1);
        reviewers.addColumn(ReviewerLoad::open).setHeader(Texts.t("review.TeamBoardView.open")).setWidth("7rem").setFlexGrow(0);
        reviewers.addComponentColumn(r -> {
            Span overdue = new Span(Long.toString(r.overdue()));
            if (r.overdue() > 0) {
                overdue.addClassName("overdue");
            }
            return overdue;
        }).setHeader(Texts.t("review.TeamBoardView.overdue")).setWidth("7rem").setFlexGrow(0);
        reviewers.addColumn(ReviewerLoad::doneThisWeek).setHeader(Texts.t("review.TeamBoardView.done-this-week")).setWidth("10rem").setFlexGrow(0);
        reviewers.setAllRowsVisible(true);

        unassigned.setId("unassigned-grid");
        unassigned.addColumn(c -> String.format(Locale.ROOT, "%.2f", c.checkWorthiness())).setHeader(Texts.t("review.TeamBoardView.worthiness"))
                .setWidth("8rem").setFlexGrow(0);
        unassigned.addColumn(UnassignedClaim::text).setHeader(Texts.t("review.TeamBoardView.claim")).setFlexGrow(2);
        unassigned.addColumn(UnassignedClaim::claimant).setHeader(Texts.t("review.TeamBoardView.claimant")).setFlexGrow(1);
        unassigned.addColumn(c -> c.articleTitle() + (c.articleDate() == null ? "" : " (" + c.articleDate() + ")"))
                .setHeader(Texts.t("review.TeamBoardView.article")).setFlexGrow(1);
        unassigned.addColumn(StatusBadge.renderer(UnassignedClaim::status)).setKey("status").setHeader(Texts.t("review.TeamBoardView.status"))
                .setWidth("11rem").setFlexGrow(0);
        unassigned.setPageSize(50); // at most TeamBoard.MAX_PAGE_SIZE: the grid fetches a page at a time
        unassigned.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("claims/" + e.getItem().claimId())));

        List<TeamSummary> teams = board.teams();
        team.setItems(teams);
        team.addValueChangeListener(e -> show(e.getValue()));
        add(new H2(Texts.t("review.TeamBoardView.team-board")), team, reviewers, new H3(Texts.t("review.TeamBoardView.unassigned-claims")), unassigned);
        expand(unassigned);
        if (teams.isEmpty()) {
            addComponentAtIndex(1, noTeam);
            team.setEnabled(false);
        } else {
            team.setValue(teams.getFirst());
        }
    }

    private void show(TeamSummary chosen) {
        if (chosen == null) {
            reviewers.setItems(List.of());
            unassigned.setItems(List.of());
            return;
        }
        long teamId = chosen.id();
        reviewers.setItems(board.board(teamId).reviewers());
        // paged in the database: the grid asks for the rows it shows
        unassigned.setItems(q -> board.unassigned(teamId, q.getPage(), q.getPageSize()).stream(),
                q -> (int) Math.min(Integer.MAX_VALUE, board.unassigned(teamId, 0, 1).getTotalElements()));
    }

    @Override
    public String getPageTitle() {
        return Texts.t("review.TeamBoardView.page-title");
    }
}
