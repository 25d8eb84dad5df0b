package org.claimdesk.review.ui;

import org.claimdesk.shared.ui.Texts;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.claimdesk.claim.ui.ClaimSelectionTools;
import org.claimdesk.review.AssignmentService;
import org.claimdesk.review.BulkReopen;
import org.claimdesk.security.Role;
import org.claimdesk.security.TeamAccess;

import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The bulk actions of the claims grid, for editors and admins (the services allow no one else): assign,
 * priority, due date, reopen. Each opens its dialog for the claims selected when clicked.
 */
@org.springframework.stereotype.Component
class ClaimsGridBulkTools implements ClaimSelectionTools {

    private final AssignmentService assignments;
    private final BulkReopen reopening;
    private final TeamAccess teams;
    private final AuthenticationContext auth;

    ClaimsGridBulkTools(AssignmentService assignments, BulkReopen reopening, TeamAccess teams,
                        AuthenticationContext auth) {
        this.assignments = assignments;
        this.reopening = reopening;
        this.teams = teams;
        this.auth = auth;
    }

    @Override
    public List<Component> create(Supplier<List<Long>> selection, Runnable changed) {
        if (!auth.hasAnyRole(Role.EDITOR_NAME, Role.ADMIN_NAME)) {
            return List.of();
        }
        return List.of(
                button("bulk-assign", Texts.t("review.ClaimsGridBulkTools.assign"), selection,
                        ids -> new AssignDialog(Texts.t("review.ClaimsGridBulkTools.assign-title", ids.size()),
                        members(), (who, due, priority) -> assignments.assignAll(ids, who, due, priority), changed)),
                button("bulk-priority", Texts.t("review.ClaimsGridBulkTools.priority"), selection, ids -> new PriorityDialog(assignments, ids, changed)),
                button("bulk-due-date", Texts.t("review.ClaimsGridBulkTools.due-date"), selection, ids -> new DueDateDialog(assignments, ids, changed)),
                button("bulk-reopen", Texts.t("review.ClaimsGridBulkTools.reopen"), selection, ids -> new ReopenDialog(reopening, ids, changed)));
    }

    /** The members of the user's teams (all teams for an admin): a selection may span several. */
    private List<String> members() {
        return teams.usableTeams().stream().flatMap(t -> t.members().stream()).distinct().sorted().toList();
    }

    private static Button button(String id, String label, Supplier<List<Long>> selection,
                                 Function<List<Long>, BulkActionDialog> dialog) {
        Button b = new Button(label, e -> {
            List<Long> ids = selection.get();
            if (!ids.isEmpty()) {
                dialog.apply(ids).open();
            }
        });
        b.setId(id);
        b.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return b;
    }
}
