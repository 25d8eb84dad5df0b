package org.claimdesk.security.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.claimdesk.security.DemoAccount;
import org.claimdesk.security.UserService;

import java.util.List;

@Route(value = "login", autoLayout = false)
@PageTitle("Sign in | ClaimDesk")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver {

    final LoginForm login = new LoginForm();
    /** The message of a paused sign-in, as shown (null: none). */
    String pausedMessage;

    public LoginView(UserService users) {
        addClassName("login-view");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);

        login.setAction("login");
        login.setForgotPasswordButtonVisible(false);

        H1 title = new H1("ClaimDesk");
        Paragraph tagline = new Paragraph("Fact-claim verification workbench");
        tagline.addClassName("tagline");
        add(title, tagline, login);

        List<DemoAccount> demo = users.demoAccountsShownAtSignIn();
        if (!demo.isEmpty()) {
            Div box = new Div();
            box.addClassName("demo-accounts");
            box.add(new Paragraph("Demo accounts (user / password):"));
            for (DemoAccount a : demo) {
                box.add(new Div(new Span(a.username() + " / " + a.password()),
                        new Span(" — " + a.role().name().toLowerCase().replace('_', '-'))));
            }
            add(box);
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters().getParameters();
        if (parameters.containsKey("throttled")) {
            LoginI18n i18n = LoginI18n.createDefault();
            i18n.getErrorMessage().setTitle("Sign-in paused");
            pausedMessage = "Too many failed sign-ins for this account or from this address. "
                    + "Try again in " + minutes(parameters.get("throttled")) + ".";
            i18n.getErrorMessage().setMessage(pausedMessage);
            login.setI18n(i18n);
            login.setError(true);
        } else if (parameters.containsKey("unavailable")) {
            LoginI18n i18n = LoginI18n.createDefault();
            i18n.getErrorMessage().setTitle("Database unavailable");
            i18n.getErrorMessage().setMessage("Your sign-in could not be checked: the database is unavailable. "
                    + "Try again in a moment.");
            login.setI18n(i18n);
            login.setError(true);
        } else if (parameters.containsKey("error")) {
            login.setError(true);
        }
    }

    /** The minutes the server put in the address, read as a number only (the address is the user's to change). */
    private static String minutes(List<String> values) {
        String value = values.isEmpty() ? "" : values.get(0);
        if (value.matches("[0-9]{1,4}")) {
            int n = Integer.parseInt(value);
            return n == 1 ? "1 minute" : n + " minutes";
        }
        return "a few minutes";
    }
}
