package org.claimdesk.review.ui;

import org.claimdesk.claim.ui.StatusBadge;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.PageTitle;
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
@PageTitle("Team board | ClaimDesk")
@RolesAllowed({Role.ADMIN_NAME, Role.EDITOR_NAME})
public class TeamBoardView extends VerticalLayout {

    final Select<TeamSummary> team = new Select<>();
    final Grid<ReviewerLoad> reviewers = new Grid<>(ReviewerLoad.class, false);
    final Grid<UnassignedClaim> unassigned = new Grid<>(UnassignedClaim.class, false);
    final Span noTeam = new Span("You are in no team yet: an admin adds you to one under Teams.");

    private final TeamBoard board;

    public TeamBoardView(TeamBoard board) {
        this.board = board;
        setSizeFull();

        team.setLabel("Team");
        team.setId("team-board-team");
        team.setItemLabelGenerator(TeamSummary::name);

        reviewers.setId("team-board-grid");
        reviewers.addColumn(r -> r.displayName() + " (" + r.reviewer() + ")" + (r.member() ? "" : " · left the team"))
                .setHeader("Reviewer").setFlexGrow(1);
        reviewers.addColumn(ReviewerLoad::open).setHeader("Open").setWidth("7rem").setFlexGrow(0);
        reviewers.addComponentColumn(r -> {
            Span overdue = new Span(Long.toString(r.overdue()));
            if (r.overdue() > 0) {
                overdue.addClassName("overdue");
            }
            return overdue;
        }).setHeader("Overdue").setWidth("7rem").setFlexGrow(0);
        reviewers.addColumn(ReviewerLoad::doneThisWeek).setHeader("Done this week").setWidth("10rem").setFlexGrow(0);
        reviewers.setAllRowsVisible(true);

        unassigned.setId("unassigned-grid");
        unassigned.addColumn(c -> String.format(Locale.ROOT, "%.2f", c.checkWorthiness())).setHeader("Worthiness")
                .setWidth("8rem").setFlexGrow(0);
        unassigned.addColumn(UnassignedClaim::text).setHeader("Claim").setFlexGrow(2);
        unassigned.addColumn(UnassignedClaim::claimant).setHeader("Claimant").setFlexGrow(1);
        unassigned.addColumn(c -> c.articleTitle() + (c.articleDate() == null ? "" : " (" + c.articleDate() + ")"))
                .setHeader("Article").setFlexGrow(1);
        unassigned.addColumn(StatusBadge.renderer(UnassignedClaim::status)).setKey("status").setHeader("Status")
                .setWidth("11rem").setFlexGrow(0);
        unassigned.setPageSize(50); // at most TeamBoard.MAX_PAGE_SIZE: the grid fetches a page at a time
        unassigned.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("claims/" + e.getItem().claimId())));

        List<TeamSummary> teams = board.teams();
        team.setItems(teams);
        team.addValueChangeListener(e -> show(e.getValue()));
        add(new H2("Team board"), team, reviewers, new H3("Unassigned claims"), unassigned);
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
}
