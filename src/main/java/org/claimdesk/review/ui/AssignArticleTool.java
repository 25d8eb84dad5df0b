package org.claimdesk.review.ui;

import org.claimdesk.shared.ui.Texts;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.claimdesk.article.ArticleDetails;
import org.claimdesk.article.ui.ArticleTools;
import org.claimdesk.review.AssignmentService;
import org.claimdesk.security.Role;
import org.claimdesk.security.TeamAccess;

import java.util.List;

/** "Assign all claims…" on the article page, for editors and admins: every claim not yet verified. */
@org.springframework.stereotype.Component
class AssignArticleTool implements ArticleTools {

    private final AssignmentService assignments;
    private final TeamAccess teams;
    private final AuthenticationContext auth;

    AssignArticleTool(AssignmentService assignments, TeamAccess teams, AuthenticationContext auth) {
        this.assignments = assignments;
        this.teams = teams;
        this.auth = auth;
    }

    @Override
    public List<Component> create(ArticleDetails article, Runnable changed) {
        if (!auth.hasAnyRole(Role.EDITOR_NAME, Role.ADMIN_NAME)) {
            return List.of();
        }
        Button assignAll = new Button(Texts.t("review.AssignArticleTool.assign-all-claims"), VaadinIcon.USERS.create(), e -> {
            List<String> members = teams.usableTeams().stream().filter(t -> t.id() == article.teamId())
                    .flatMap(t -> t.members().stream()).sorted().toList();
            new AssignDialog(Texts.t("review.AssignArticleTool.assign-the-claims-of-this-article"), members,
                    (who, due, priority) -> assignments.assignArticle(article.id(), who, due, priority), changed).open();
        });
        assignAll.setId("assign-article");
        return List.of(assignAll);
    }
}
