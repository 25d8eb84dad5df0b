package org.claimdesk.security.ui;

import org.claimdesk.shared.ui.Texts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.claimdesk.security.IssuedPassword;
import org.claimdesk.security.NewUser;
import org.claimdesk.security.Role;
import org.claimdesk.security.UserAccountDetails;
import org.claimdesk.security.UserAdministration;
import org.claimdesk.security.UserEdit;
import org.claimdesk.shared.ConflictException;
import org.claimdesk.shared.InputRejectedException;
import org.claimdesk.shared.ui.FormMessage;

import java.util.Set;
import java.util.stream.Collectors;

/**
 * Admins create users, change their display name, e-mail and roles, disable and enable them, and reset their
 * password. A password the service chooses is shown here once.
 */
@Route("admin/users")
@RolesAllowed(Role.ADMIN_NAME)
public class UsersView extends VerticalLayout implements HasDynamicTitle {

    final Grid<UserAccountDetails> grid = new Grid<>(UserAccountDetails.class, false);

    final TextField newUsername = new TextField(Texts.t("security.UsersView.username"));
    final TextField newDisplayName = new TextField(Texts.t("security.UsersView.display-name"));
    final TextField newEmail = new TextField(Texts.t("security.UsersView.e-mail"));
    final CheckboxGroup<Role> newRoles = roles();
    final PasswordField newPassword = new PasswordField(Texts.t("security.UsersView.password-empty-a-one-time-password"));
    final Button create = new Button(Texts.t("security.UsersView.create-user"));

    final TextField displayName = new TextField(Texts.t("security.UsersView.display-name"));
    final TextField email = new TextField(Texts.t("security.UsersView.e-mail"));
    final CheckboxGroup<Role> editRoles = roles();
    final Button save = new Button(Texts.t("security.UsersView.save"));
    final Button disable = new Button(Texts.t("security.UsersView.disable"));
    final Button enable = new Button(Texts.t("security.UsersView.enable"));
    final Button resetPassword = new Button(Texts.t("security.UsersView.reset-password"));

    final FormMessage message = new FormMessage("users-message");
    /** The one-time password, shown once: cleared by the next action. */
    final Paragraph oneTimePassword = new Paragraph();

    private final UserAdministration admin;

    public UsersView(UserAdministration admin) {
        this.admin = admin;
        setSizeFull();
        grid.setId("users-grid");
        grid.addColumn(UserAccountDetails::username).setHeader(Texts.t("security.UsersView.username")).setKey("username");
        grid.addColumn(UserAccountDetails::displayName).setHeader(Texts.t("security.UsersView.display-name")).setKey("displayName");
        grid.addColumn(UserAccountDetails::email).setHeader(Texts.t("security.UsersView.e-mail")).setKey("email");
        grid.addColumn(u -> u.roles().stream().map(Enum::name).sorted().collect(Collectors.joining(", ")))
                .setHeader(Texts.t("security.UsersView.roles")).setKey("roles");
        grid.addColumn(u -> Texts.t(!u.enabled() ? "security.UsersView.disabled"
                        : u.mustChangePassword() ? "security.UsersView.must-change-password" : "security.UsersView.active"))
                .setHeader(Texts.t("security.UsersView.state")).setKey("state");
        oneTimePassword.setId("one-time-password");
        oneTimePassword.setVisible(false);
        newUsername.setId("new-username");
        newDisplayName.setId("new-display-name");
        newEmail.setId("new-email");
        newPassword.setId("new-user-password");
        create.setId("create-user");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        displayName.setId("user-display-name");
        email.setId("user-email");
        save.setId("user-save");
        disable.setId("user-disable");
        enable.setId("user-enable");
        resetPassword.setId("user-reset-password");
        disable.addThemeVariants(ButtonVariant.LUMO_ERROR);

        grid.asSingleSelect().addValueChangeListener(e -> showSelected(e.getValue()));
        create.addClickListener(e -> act(() -> {
            IssuedPassword issued = admin.create(new NewUser(newUsername.getValue(), newDisplayName.getValue(),
                    newEmail.getValue(), newRoles.getValue(), newPassword.getValue()));
            newUsername.clear();
            newDisplayName.clear();
            newEmail.clear();
            newRoles.clear();
            newPassword.clear();
            reload(issued.user().username());
            message.info(Texts.t("security.UsersView.created", issued.user().username()));
            showOnce(issued);
        }));
        save.addClickListener(e -> act(() -> {
            UserAccountDetails u = selected();
            reload(admin.update(u.username(), new UserEdit(displayName.getValue(), email.getValue(),
                    editRoles.getValue(), u.enabled(), u.version())).username());
            message.info(Texts.t("security.UsersView.saved"));
        }));
        disable.addClickListener(e -> act(() -> {
            UserAccountDetails u = selected();
            reload(admin.setEnabled(u.username(), false, u.version()).username());
            message.info(Texts.t("security.UsersView.disabled-user", u.username()));
        }));
        enable.addClickListener(e -> act(() -> {
            UserAccountDetails u = selected();
            reload(admin.setEnabled(u.username(), true, u.version()).username());
            message.info(Texts.t("security.UsersView.enabled-user", u.username()));
        }));
        resetPassword.addClickListener(e -> act(() -> {
            UserAccountDetails u = selected();
            IssuedPassword issued = admin.resetPassword(u.username(), u.version());
            reload(u.username());
            message.info(Texts.t("security.UsersView.password-reset", u.username()));
            showOnce(issued);
        }));

        HorizontalLayout createForm = new HorizontalLayout(newUsername, newDisplayName, newEmail, newRoles,
                newPassword, create);
        createForm.setAlignItems(Alignment.BASELINE);
        createForm.setWrap(true);
        HorizontalLayout editForm = new HorizontalLayout(displayName, email, editRoles, save, disable, enable,
                resetPassword);
        editForm.setAlignItems(Alignment.BASELINE);
        editForm.setWrap(true);
        showSelected(null);
        grid.setItems(admin.list());
        add(new H2(Texts.t("security.UsersView.users")), new H3(Texts.t("security.UsersView.new-user")), createForm, message, oneTimePassword,
                new Paragraph(Texts.t("security.UsersView.pick-a-user-to-change-them")), editForm, grid);
        expand(grid);
    }

    private static CheckboxGroup<Role> roles() {
        CheckboxGroup<Role> roles = new CheckboxGroup<>(Texts.t("security.UsersView.roles"));
        roles.setItems(Role.values());
        roles.setItemLabelGenerator(Texts::label);
        return roles;
    }

    private UserAccountDetails selected() {
        return grid.asSingleSelect().getValue();
    }

    private void showSelected(UserAccountDetails u) {
        for (var c : new com.vaadin.flow.component.HasEnabled[] {displayName, email, editRoles, save, resetPassword}) {
            c.setEnabled(u != null);
        }
        disable.setEnabled(u != null && u.enabled());
        enable.setEnabled(u != null && !u.enabled());
        displayName.setValue(u == null ? "" : u.displayName());
        email.setValue(u == null || u.email() == null ? "" : u.email());
        editRoles.setValue(u == null ? Set.of() : u.roles());
    }

    /** Lists the users again (their versions changed) and selects the one just changed. */
    private void reload(String username) {
        var users = admin.list();
        grid.setItems(users);
        users.stream().filter(u -> u.username().equals(username)).findFirst().ifPresent(grid::select);
        showSelected(selected());
    }

    private void showOnce(IssuedPassword issued) {
        if (issued.oneTimePassword() != null) {
            oneTimePassword.setText(Texts.t("security.UsersView.one-time-password", issued.user().username(),
                    issued.oneTimePassword()));
            oneTimePassword.setVisible(true);
        }
    }

    private void act(Runnable action) {
        oneTimePassword.setText("");
        oneTimePassword.setVisible(false);
        try {
            action.run();
        } catch (InputRejectedException | ConflictException refused) {
            message.error(refused.getMessage());
        }
    }

    @Override
    public String getPageTitle() {
        return Texts.t("security.UsersView.page-title");
    }
}
