package org.claimdesk.priorcheck.ui;

import org.claimdesk.shared.ui.Texts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.claimdesk.priorcheck.PriorCheckDetails;
import org.claimdesk.priorcheck.PriorCheckLimits;
import org.claimdesk.priorcheck.PriorCheckService;
import org.claimdesk.security.Role;
import org.claimdesk.security.TeamAccess;
import org.claimdesk.shared.InputRejectedException;
import org.claimdesk.shared.ui.FormMessage;

/** The prior checks of my teams, newest first, with a word search and the import dialog. */
@Route("prior-checks")
@RolesAllowed({Role.ADMIN_NAME, Role.EDITOR_NAME, Role.FACT_CHECKER_NAME})
public class PriorChecksView extends VerticalLayout implements HasDynamicTitle {

    final TextField search = new TextField();
    final Button importButton = new Button(Texts.t("priorcheck.PriorChecksView.import-prior-checks"));
    final Grid<PriorCheckDetails> grid = new Grid<>();
    final FormMessage problem = new FormMessage("prior-checks-problem");
    private final PriorCheckService priorChecks;
    private final TeamAccess teams;

    public PriorChecksView(PriorCheckService priorChecks, TeamAccess teams) {
        this.priorChecks = priorChecks;
        this.teams = teams;
        setSizeFull();
        search.setId("prior-checks-search");
        search.setPlaceholder(Texts.t("priorcheck.PriorChecksView.search-claim-claimant-outlet-or-rating"));
        search.setMaxLength(PriorCheckLimits.MAX_QUERY);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> refresh());
        importButton.setId("prior-checks-import");
        importButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        importButton.addClickListener(e -> openImport());
        grid.setId("prior-checks");
        grid.addColumn(PriorCheckDetails::claimReviewed).setHeader(Texts.t("priorcheck.PriorChecksView.claim-reviewed")).setFlexGrow(4);
        grid.addColumn(p -> p.claimant() == null ? "" : p.claimant()).setHeader(Texts.t("priorcheck.PriorChecksView.claimant")).setFlexGrow(1);
        grid.addColumn(PriorCheckDetails::verdictLine).setHeader(Texts.t("priorcheck.PriorChecksView.checked-by-rated")).setFlexGrow(2);
        grid.addColumn(p -> p.reviewDate() == null ? "" : p.reviewDate().toString()).setHeader(Texts.t("priorcheck.PriorChecksView.published")).setAutoWidth(true);
        grid.addComponentColumn(p -> {
            Anchor a = new Anchor(p.reviewUrl(), Texts.t("priorcheck.PriorChecksView.fact-check"));
            a.setTarget("_blank");
            a.getElement().setAttribute("rel", "noopener noreferrer");
            return a;
        }).setHeader(Texts.t("priorcheck.PriorChecksView.link")).setAutoWidth(true);
        HorizontalLayout tools = new HorizontalLayout(search, importButton);
        add(new H2(Texts.t("priorcheck.PriorChecksView.prior-checks")), tools, problem, grid);
        refresh();
    }

    void refresh() {
        try {
            grid.setItems(priorChecks.search(search.getValue(), 0, PriorCheckLimits.MAX_PAGE_SIZE).getContent());
            problem.clear();
        } catch (InputRejectedException e) {
            problem.error(e.getMessage());
        }
    }

    @Override
    public String getPageTitle() {
        return Texts.t("priorcheck.PriorChecksView.page-title");
    }

    void openImport() {
        ImportPriorChecksDialog dialog = new ImportPriorChecksDialog(priorChecks, teams.usableTeams(), r -> refresh());
        dialog.open();
    }
}
