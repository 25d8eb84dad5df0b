package org.claimdesk.security.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import org.claimdesk.AsUser;
import org.claimdesk.ClaimDeskSpringTest;
import org.claimdesk.TestArticles;
import org.claimdesk.security.NewUser;
import org.claimdesk.security.Role;
import org.claimdesk.security.UserAccountDetails;
import org.claimdesk.security.UserAdministration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

@ClaimDeskSpringTest
@WithMockUser(username = "admin", roles = "ADMIN")
class UsersViewTest extends SpringBrowserlessTest {

    @Autowired
    UserAdministration admin;

    @Test
    void an_admin_creates_a_user_and_sees_the_one_time_password_once() {
        String name = "view-" + TestArticles.uniqueTag();
        UsersView view = navigate(UsersView.class);

        test(view.newUsername).setValue(name);
        test(view.newDisplayName).setValue("Vera View");
        test(view.newEmail).setValue("vera@example.org");
        view.newRoles.setValue(Set.of(Role.EDITOR));
        test(view.create).click();

        assertThat(view.message.isError()).as(view.message.getText()).isFalse();
        assertThat(view.oneTimePassword.isVisible()).isTrue();
        assertThat(view.oneTimePassword.getText()).startsWith("One-time password for " + name + ": ");
        UserAccountDetails created = admin.get(name);
        assertThat(created.roles()).containsExactly(Role.EDITOR);
        assertThat(created.mustChangePassword()).isTrue();
        assertThat(row(view, name)).isGreaterThanOrEqualTo(0);

        test(view.save).click(); // the next action hides it
        assertThat(view.oneTimePassword.isVisible()).isFalse();
    }

    @Test
    void a_user_without_roles_is_refused_with_the_reason_on_the_form() {
        UsersView view = navigate(UsersView.class);
        test(view.newUsername).setValue("view-" + TestArticles.uniqueTag());
        test(view.newDisplayName).setValue("No Roles");
        test(view.create).click();
        assertThat(view.message.isError()).isTrue();
        assertThat(view.message.getText()).isEqualTo("A user needs at least one role.");
        assertThat(view.oneTimePassword.isVisible()).isFalse();
    }

    @Test
    void an_admin_disables_a_user_and_enables_them_again() {
        String name = "view-" + TestArticles.uniqueTag();
        AsUser.signIn("admin", "ADMIN");
        admin.create(new NewUser(name, "Dora Disabled", null, Set.of(Role.FACT_CHECKER), null));
        UsersView view = navigate(UsersView.class);
        var grid = test(view.grid);
        grid.select(row(view, name));
        assertThat(view.enable.isEnabled()).isFalse();

        test(view.disable).click();

        assertThat(view.message.isError()).as(view.message.getText()).isFalse();
        assertThat(admin.get(name).enabled()).isFalse();
        assertThat(grid.getCellText(row(view, name), grid.getColumnPosition("state"))).isEqualTo("disabled");
        assertThat(view.disable.isEnabled()).isFalse();

        test(view.enable).click();
        assertThat(admin.get(name).enabled()).isTrue();
    }

    private int row(UsersView view, String username) {
        var grid = test(view.grid);
        for (int i = 0; i < grid.size(); i++) {
            if (grid.getRow(i).username().equals(username)) {
                return i;
            }
        }
        return -1;
    }
}
