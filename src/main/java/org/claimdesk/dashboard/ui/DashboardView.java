package org.claimdesk.dashboard.ui;

import org.claimdesk.shared.ui.Texts;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import org.claimdesk.claim.ClaimStatus;
import org.claimdesk.claim.ui.StatusBadge;
import org.claimdesk.dashboard.ArticleProgress;
import org.claimdesk.dashboard.DashboardFigures;
import org.claimdesk.dashboard.DashboardService;
import org.claimdesk.dashboard.RatingCount;
import org.claimdesk.dashboard.ReviewerFigures;
import org.claimdesk.dashboard.StatusCount;
import org.claimdesk.dashboard.WeekCount;
import org.claimdesk.security.Role;

import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * Where the signed-in user's teams stand, the first page after signing in: headline figures, claims by status
 * (bars) and by rating (donut), verdicts per week (line), progress per article and each reviewer's work. A bar, a
 * segment or an article opens the claims grid filtered to it (the grid reads its filters from the URL).
 */
@Route("dashboard")
@RouteAlias("")
@RolesAllowed({Role.ADMIN_NAME, Role.EDITOR_NAME, Role.FACT_CHECKER_NAME})
public class DashboardView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private static final DateTimeFormatter WEEK = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
    /** Ratings whose colour is not a plain #rrggbb (admins set them) are drawn grey rather than trusted as CSS. */
    private static final String HEX_COLOUR = "#[0-9a-fA-F]{6}";

    final BarChart byStatus = new BarChart(Texts.t("dashboard.DashboardView.claims-by-status"));
    final DonutChart byRating = new DonutChart(Texts.t("dashboard.DashboardView.claims-by-rating"));
    final LineChart perWeek = new LineChart(Texts.t("dashboard.DashboardView.verdicts-per-week"));
    final Grid<ReviewerFigures> reviewers = new Grid<>(ReviewerFigures.class, false);
    final Div articles = new Div();
    final Div headline = new Div();
    final Paragraph emptyState = new Paragraph();
    private final DashboardService dashboard;
    private final boolean editor;
    DashboardFigures figures;

    public DashboardView(DashboardService dashboard, AuthenticationContext auth) {
        this.dashboard = dashboard;
        this.editor = auth.hasAnyRole(Role.ADMIN_NAME, Role.EDITOR_NAME);
        setId("dashboard");
        addClassName("dashboard");
        byStatus.setId("dashboard-by-status");
        byRating.setId("dashboard-by-rating");
        perWeek.setId("dashboard-per-week");
        articles.setId("dashboard-articles");
        articles.addClassName("dashboard-articles");
        emptyState.setId("dashboard-empty");
        emptyState.addClassName("dashboard-empty");
        headline.addClassName("dashboard-headline");

        reviewers.setId("dashboard-reviewers");
        reviewers.addColumn(r -> r.displayName() + " (" + r.reviewer() + ")").setHeader(Texts.t("dashboard.DashboardView.reviewer")).setFlexGrow(1);
        reviewers.addColumn(ReviewerFigures::open).setHeader(Texts.t("dashboard.DashboardView.open")).setWidth("6rem").setFlexGrow(0);
        reviewers.addColumn(ReviewerFigures::overdue).setHeader(Texts.t("dashboard.DashboardView.overdue")).setWidth("7rem").setFlexGrow(0);
        reviewers.addColumn(ReviewerFigures::doneThisWeek).setHeader(Texts.t("dashboard.DashboardView.done-this-week")).setWidth("9rem").setFlexGrow(0);
        reviewers.setAllRowsVisible(true);
        reviewers.setEmptyStateText(Texts.t("dashboard.DashboardView.nobody-is-assigned-a-claim-yet"));
    }

    /** Counts afresh on every visit: the router reuses this view when it is opened again. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        show(dashboard.figures());
    }

    private void show(DashboardFigures figures) {
        this.figures = figures;
        removeAll();
        headline.removeAll();
        articles.removeAll();
        add(new H2(Texts.t("dashboard.DashboardView.dashboard")));

        if (figures.inNoTeam()) {
            emptyState.setText(Texts.t("dashboard.DashboardView.in-no-team"));
            add(emptyState);
            return;
        }
        if (figures.totalClaims() == 0) {
            emptyState.setText(Texts.t("dashboard.DashboardView.your-teams-have-no-claims-yet"));
            add(emptyState, new Anchor("articles", Texts.t("dashboard.DashboardView.go-to-articles")));
            return;
        }

        headline.add(tile(Texts.t("dashboard.DashboardView.tile-claims"), Chart.number(figures.totalClaims()), "claims"),
                tile(Texts.t("dashboard.DashboardView.tile-median-verdict"), duration(figures.medianToVerdict()), null),
                tile(Texts.t("dashboard.DashboardView.tile-median-approval"), duration(figures.medianToApproval()), null),
                tile(Texts.t("dashboard.DashboardView.tile-unassigned"), Chart.number(figures.unassigned()) + (figures.unassignedCapped() ? "+" : ""),
                        editor ? "board" : null));

        byStatus.setItems(figures.byStatus().stream().map(DashboardView::statusItem).toList());
        byRating.setItems(figures.byRating().stream().map(DashboardView::ratingItem).toList());
        perWeek.setItems(figures.verdictsPerWeek().stream().map(DashboardView::weekItem).toList());
        Div charts = new Div(byStatus, byRating, perWeek);
        charts.addClassName("dashboard-charts");
        byRating.setVisible(!figures.byRating().isEmpty());
        if (figures.byRating().isEmpty()) {
            Paragraph noVerdicts = new Paragraph(Texts.t("dashboard.DashboardView.no-verdicts-yet-the-rating-chart"));
            noVerdicts.addClassName("dashboard-empty");
            charts.addComponentAtIndex(1, noVerdicts);
        }

        for (ArticleProgress a : figures.articles()) {
            articles.add(articleRow(a));
        }

        reviewers.setItems(figures.reviewers());

        add(headline, charts, new H3(Texts.t("dashboard.DashboardView.progress-per-article")), articles, new H3(Texts.t("dashboard.DashboardView.reviewers")), reviewers);
    }

    static ChartItem statusItem(StatusCount s) {
        return new ChartItem(StatusBadge.label(s.status()), s.count(), statusColour(s.status()),
                "claims?status=" + s.status().name());
    }

    /** The status badge's text colour: the strong one of its pair (frontend/styles/claimdesk.css). */
    static String statusColour(ClaimStatus status) {
        return "var(--claimdesk-" + StatusBadge.cssClass(status) + "-text)";
    }

    static ChartItem ratingItem(RatingCount r) {
        String colour = r.color() != null && r.color().matches(HEX_COLOUR) ? r.color() : "#6d6d6d";
        return new ChartItem(r.label(), r.count(), colour, "claims?rating=" + r.rating().name());
    }

    static ChartItem weekItem(WeekCount w) {
        return new ChartItem(WEEK.format(w.weekStart()), w.verdicts(), "var(--lumo-primary-color)", "claims?verdictWeek=" + w.weekStart());
    }

    private static Div tile(String label, String value, String href) {
        Span figure = new Span(value);
        figure.addClassName("tile-value");
        Span name = new Span(label);
        name.addClassName("tile-label");
        Div tile = new Div(figure, name);
        tile.addClassName("dashboard-tile");
        if (href != null) {
            Anchor link = new Anchor(href, Texts.t("dashboard.DashboardView.open"));
            link.addClassName("tile-link");
            link.getElement().setAttribute("aria-label", Texts.t("dashboard.DashboardView.open-tile", label));
            tile.add(link);
        }
        return tile;
    }

    private static Div articleRow(ArticleProgress a) {
        Anchor title = new Anchor("claims?article=" + a.articleId(), a.title());
        title.addClassName("article-progress-title");
        ProgressBar bar = new ProgressBar(0, Math.max(1, a.total()), a.verified());
        bar.getElement().setAttribute("aria-label", Texts.t("dashboard.DashboardView.progress-label", a.title()));
        Span counts = new Span(Texts.t("dashboard.DashboardView.progress-counts", Chart.number(a.verified()), Chart.number(a.total())));
        counts.addClassName("article-progress-counts");
        Div row = new Div(title, bar, counts);
        row.addClassName("article-progress");
        return row;
    }

    /** "3 h 20 min", "2 d 4 h", "—" for none. */
    static String duration(Duration d) {
        if (d == null) {
            return "—";
        }
        long minutes = Math.max(0, d.toMinutes());
        if (minutes < 60) {
            return Texts.t("dashboard.DashboardView.minutes", minutes);
        }
        if (minutes < 48 * 60) {
            return Texts.t("dashboard.DashboardView.hours-minutes", minutes / 60, minutes % 60);
        }
        return Texts.t("dashboard.DashboardView.days-hours", minutes / (24 * 60), minutes % (24 * 60) / 60);
    }


    @Override
    public String getPageTitle() {
        return Texts.t("dashboard.DashboardView.title");
    }
}
