package org.claimdesk.security.ui;

import org.claimdesk.shared.ui.Texts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.claimdesk.security.Role;
import org.claimdesk.security.TeamService;
import org.claimdesk.security.TeamSummary;
import org.claimdesk.shared.ConflictException;
import org.claimdesk.shared.InputRejectedException;
import org.claimdesk.shared.NotFoundException;
import org.claimdesk.shared.ui.FormMessage;

import java.util.HashSet;
import java.util.Set;

/** Admins create and rename teams and choose their members. An article belongs to one team. */
@Route("admin/teams")
@RolesAllowed(Role.ADMIN_NAME)
public class TeamsView extends VerticalLayout implements HasDynamicTitle {

    final Grid<TeamSummary> grid = new Grid<>(TeamSummary.class, false);
    final TextField name = new TextField(Texts.t("security.TeamsView.team-name"));
    final Button create = new Button(Texts.t("security.TeamsView.create-team"));
    final Button rename = new Button(Texts.t("security.TeamsView.rename"));
    final MultiSelectComboBox<String> members = new MultiSelectComboBox<>(Texts.t("security.TeamsView.members"));
    final Button saveMembers = new Button(Texts.t("security.TeamsView.save-members"));
    final FormMessage problem = new FormMessage("team-problem");
    private final TeamService teams;

    public TeamsView(TeamService teams) {
        this.teams = teams;
        setSizeFull();
        grid.setId("teams-grid");
        grid.addColumn(TeamSummary::name).setHeader(Texts.t("security.TeamsView.team")).setFlexGrow(1);
        grid.addColumn(t -> String.join(", ", t.members())).setHeader(Texts.t("security.TeamsView.members")).setFlexGrow(3);
        grid.asSingleSelect().addValueChangeListener(e -> show(e.getValue()));

        name.setId("team-name");
        name.setMaxLength(80);
        create.setId("team-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> run(() -> teams.create(name.getValue())));
        rename.setId("team-rename");
        rename.addClickListener(e -> run(() -> teams.rename(selected().id(), name.getValue())));
        members.setId("team-members");
        members.setItems(teams.usernames());
        members.setWidth("32rem");
        saveMembers.setId("team-save-members");
        saveMembers.addClickListener(e -> run(() -> teams.setMembers(selected().id(), members.getValue())));

        HorizontalLayout nameRow = new HorizontalLayout(name, create, rename);
        nameRow.setAlignItems(Alignment.BASELINE);
        HorizontalLayout memberRow = new HorizontalLayout(members, saveMembers);
        memberRow.setAlignItems(Alignment.BASELINE);
        add(new H2(Texts.t("security.TeamsView.teams")), problem, grid, nameRow, memberRow);
        refresh(null);
    }

    private TeamSummary selected() {
        TeamSummary t = grid.asSingleSelect().getValue();
        if (t == null) {
            throw new InputRejectedException("team", Texts.t("security.TeamsView.select-a-team-first"));
        }
        return t;
    }

    private void show(TeamSummary t) {
        boolean chosen = t != null;
        rename.setEnabled(chosen);
        members.setEnabled(chosen);
        saveMembers.setEnabled(chosen);
        members.setValue(chosen ? new HashSet<>(t.members()) : Set.of());
        if (chosen) {
            name.setValue(t.name());
        }
    }

    /** Runs an admin change and shows the team as saved, or the refusal; the input stays as typed. */
    private void run(java.util.function.Supplier<TeamSummary> change) {
        problem.clear();
        try {
            TeamSummary saved = change.get();
            refresh(saved.id());
            problem.info(Texts.t("security.TeamsView.saved", saved.name()));
        } catch (InputRejectedException | ConflictException | NotFoundException e) {
            problem.error(e.getMessage());
        }
    }

    private void refresh(Long selectId) {
        var all = teams.list();
        grid.setItems(all);
        TeamSummary select = all.stream().filter(t -> t.id() == (selectId == null ? -1 : selectId)).findFirst().orElse(null);
        grid.asSingleSelect().setValue(select);
        show(select);
    }

    @Override
    public String getPageTitle() {
        return Texts.t("security.TeamsView.page-title");
    }
}
