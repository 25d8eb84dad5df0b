package org.claimdesk.security.ui;

import org.claimdesk.shared.ui.Texts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
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
@PermitAll
public class ChangePasswordView extends VerticalLayout implements HasDynamicTitle {

    final PasswordField current = new PasswordField(Texts.t("security.ChangePasswordView.current-password"));
    final PasswordField newPassword = new PasswordField(Texts.t("security.ChangePasswordView.new-password-at-least-10-characters"));
    final PasswordField repeated = new PasswordField(Texts.t("security.ChangePasswordView.new-password-again"));
    final Button save = new Button(Texts.t("security.ChangePasswordView.change-password"));
    final FormMessage message = new FormMessage("password-message");
    final Paragraph why = new Paragraph(Texts.t("security.ChangePasswordView.your-password-was-chosen-by-an"));

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
                message.error(Texts.t("security.ChangePasswordView.the-two-new-passwords-differ"));
                return;
            }
            try {
                ownPassword.change(current.getValue(), newPassword.getValue());
                current.clear();
                newPassword.clear();
                repeated.clear();
                why.setVisible(false);
                message.info(Texts.t("security.ChangePasswordView.your-password-is-changed"));
            } catch (InputRejectedException refused) {
                message.error(refused.getMessage());
            }
        });
        add(new H2(Texts.t("security.ChangePasswordView.change-password")), why, message, current, newPassword, repeated, save);
    }

    @Override
    public String getPageTitle() {
        return Texts.t("security.ChangePasswordView.page-title");
    }
}
