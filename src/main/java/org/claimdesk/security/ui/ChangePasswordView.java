package org.claimdesk.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.claimdesk.security.OwnPassword;
import org.claimdesk.shared.InputRejectedException;
import org.claimdesk.shared.ui.FormMessage;

/**
 * The signed-in user changes their password (from the user menu); a user whose password an admin chose is
 * sent here before anything else.
 */
@Route("me/password")
@PageTitle("Change password | ClaimDesk")
@PermitAll
public class ChangePasswordView extends VerticalLayout {

    final PasswordField current = new PasswordField("Current password");
    final PasswordField newPassword = new PasswordField("New password (at least 10 characters, not your username)");
    final PasswordField repeated = new PasswordField("New password again");
    final Button save = new Button("Change password");
    final FormMessage message = new FormMessage("password-message");
    final Paragraph why = new Paragraph("Your password was chosen by an admin: choose your own to go on.");

    public ChangePasswordView(OwnPassword ownPassword) {
        current.setId("current-password");
        newPassword.setId("new-password");
        repeated.setId("repeated-password");
        save.setId("change-password");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        why.setId("password-must-change");
        why.setVisible(ownPassword.mustChange());
        for (PasswordField f : new PasswordField[] {current, newPassword, repeated}) {
            f.setWidth("24rem");
        }
        save.addClickListener(e -> {
            if (!newPassword.getValue().equals(repeated.getValue())) {
                message.error("The two new passwords differ.");
                return;
            }
            try {
                ownPassword.change(current.getValue(), newPassword.getValue());
                current.clear();
                newPassword.clear();
                repeated.clear();
                why.setVisible(false);
                message.info("Your password is changed.");
            } catch (InputRejectedException refused) {
                message.error(refused.getMessage());
            }
        });
        add(new H2("Change password"), why, message, current, newPassword, repeated, save);
    }
}
