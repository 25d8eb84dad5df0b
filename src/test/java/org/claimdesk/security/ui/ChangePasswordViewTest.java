package org.claimdesk.security.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import org.claimdesk.AsUser;
import org.claimdesk.ClaimDeskSpringTest;
import org.claimdesk.TestArticles;
import org.claimdesk.security.IssuedPassword;
import org.claimdesk.security.NewUser;
import org.claimdesk.security.OwnPassword;
import org.claimdesk.security.Role;
import org.claimdesk.security.UserAdministration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

@ClaimDeskSpringTest
@WithMockUser(username = "admin", roles = "ADMIN")
class ChangePasswordViewTest extends SpringBrowserlessTest {

    @Autowired
    UserAdministration admin;
    @Autowired
    OwnPassword ownPassword;

    private IssuedPassword newUserSignedIn() {
        AsUser.signIn("admin", "ADMIN");
        IssuedPassword issued = admin.create(new NewUser("pw-" + TestArticles.uniqueTag(), "Pat Password", null,
                Set.of(Role.FACT_CHECKER), null));
        AsUser.signIn(issued.user().username(), "FACT_CHECKER");
        return issued;
    }

    @Test
    void a_user_changes_the_password_an_admin_gave_them() {
        IssuedPassword issued = newUserSignedIn();
        ChangePasswordView view = navigate(ChangePasswordView.class);
        assertThat(view.why.isVisible()).as("says why they are here").isTrue();

        test(view.current).setValue(issued.oneTimePassword());
        test(view.newPassword).setValue("pat-own-password");
        test(view.repeated).setValue("pat-own-password");
        test(view.save).click();

        assertThat(view.message.isError()).as(view.message.getText()).isFalse();
        assertThat(view.message.getText()).isEqualTo("Your password is changed.");
        assertThat(ownPassword.mustChange()).isFalse();
        assertThat(view.current.getValue()).isEmpty();
    }

    @Test
    void a_user_who_must_change_the_password_is_sent_here_from_any_other_view_until_they_do() {
        IssuedPassword issued = newUserSignedIn();
        assertThat(navigate("claims", ChangePasswordView.class)).isInstanceOf(ChangePasswordView.class);

        ownPassword.change(issued.oneTimePassword(), "pat-own-password");
        assertThat(navigate("claims", Component.class)).isNotInstanceOf(ChangePasswordView.class);
    }

    @Test
    void a_wrong_current_password_or_two_different_new_ones_are_refused_on_the_form() {
        IssuedPassword issued = newUserSignedIn();
        ChangePasswordView view = navigate(ChangePasswordView.class);

        test(view.current).setValue("not-the-current-one");
        test(view.newPassword).setValue("pat-own-password");
        test(view.repeated).setValue("pat-own-password");
        test(view.save).click();
        assertThat(view.message.isError()).isTrue();
        assertThat(view.message.getText()).isEqualTo("The current password is not right.");

        test(view.current).setValue(issued.oneTimePassword());
        test(view.repeated).setValue("pat-other-password");
        test(view.save).click();
        assertThat(view.message.getText()).isEqualTo("The two new passwords differ.");
        assertThat(ownPassword.mustChange()).isTrue();
    }
}
