package org.claimdesk.security;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.claimdesk.security.ui.ChangePasswordView;
import org.claimdesk.security.ui.LoginView;
import org.springframework.stereotype.Component;

/**
 * A user whose password an admin chose (a new account, a reset) sees the change-password view before any other:
 * every navigation elsewhere is rerouted there until they have changed it.
 */
@Component
class ChangePasswordFirstInUi implements VaadinServiceInitListener {

    private final AuthenticationContext auth;
    private final UserService users;

    ChangePasswordFirstInUi(AuthenticationContext auth, UserService users) {
        this.auth = auth;
        this.users = users;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(ui -> ui.getUI().addBeforeEnterListener(this::beforeEnter));
    }

    void beforeEnter(BeforeEnterEvent event) {
        Class<?> target = event.getNavigationTarget();
        if (target == ChangePasswordView.class || target == LoginView.class) {
            return;
        }
        auth.getPrincipalName().filter(users::mustChangePassword)
                .ifPresent(name -> event.rerouteTo(ChangePasswordView.class));
    }
}
