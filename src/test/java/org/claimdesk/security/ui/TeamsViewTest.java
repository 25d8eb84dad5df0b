package org.claimdesk.security.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import org.claimdesk.ClaimDeskSpringTest;
import org.claimdesk.TestArticles;
import org.claimdesk.security.TeamService;
import org.claimdesk.security.TeamSummary;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

@ClaimDeskSpringTest
@WithMockUser(username = "admin", roles = "ADMIN")
class TeamsViewTest extends SpringBrowserlessTest {

    @Autowired
    TeamService teams;

    @Test
    void an_admin_creates_a_team_and_sets_its_members() {
        String name = "Business desk " + TestArticles.uniqueTag();
        TeamsView view = navigate(TeamsView.class);
        test(view.name).setValue(name);
        test(view.create).click();
        assertThat(view.problem.isError()).isFalse();
        assertThat(view.grid.asSingleSelect().getValue().name()).isEqualTo(name);

        view.members.setValue(Set.of("checker2", "metro"));
        test(view.saveMembers).click();
        try {
            assertThat(teams.list()).filteredOn(t -> t.name().equals(name)).singleElement()
                    .extracting(TeamSummary::members).isEqualTo(java.util.List.of("checker2", "metro"));
        } finally {
            // demo users in a second team would have to choose a team on every import in other tests
            teams.setMembers(view.grid.asSingleSelect().getValue().id(), java.util.List.of());
        }
    }

    @Test
    void a_taken_name_is_refused_with_a_message_and_the_input_stays() {
        TeamsView view = navigate(TeamsView.class);
        test(view.name).setValue("metro desk");
        test(view.create).click();
        assertThat(view.problem.isError()).isTrue();
        assertThat(view.problem.getText()).contains("already a team");
        assertThat(view.name.getValue()).isEqualTo("metro desk");
    }
}
