package org.claimdesk.security.ui;

import org.claimdesk.shared.ui.Texts;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.claimdesk.security.DemoAccount;
import org.claimdesk.security.UserService;

import java.util.List;

@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

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
        login.setI18n(texts());

        H1 title = new H1(Texts.t("security.LoginView.claimdesk"));
        Paragraph tagline = new Paragraph(Texts.t("security.LoginView.fact-claim-verification-workbench"));
        tagline.addClassName("tagline");
        add(title, tagline, login);

        List<DemoAccount> demo = users.demoAccountsShownAtSignIn();
        if (!demo.isEmpty()) {
            Div box = new Div();
            box.addClassName("demo-accounts");
            box.add(new Paragraph(Texts.t("security.LoginView.demo-accounts-user-password")));
            for (DemoAccount a : demo) {
                box.add(new Div(new Span(a.username() + " / " + a.password()),
                        new Span(" — " + Texts.label(a.role()))));

            }
            add(box);
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters().getParameters();
        if (parameters.containsKey("throttled")) {
            LoginI18n i18n = texts();
            i18n.getErrorMessage().setTitle(Texts.t("security.LoginView.sign-in-paused"));
            pausedMessage = Texts.t("security.LoginView.paused", minutes(parameters.get("throttled")));
            i18n.getErrorMessage().setMessage(pausedMessage);
            login.setI18n(i18n);
            login.setError(true);
        } else if (parameters.containsKey("unavailable")) {
            LoginI18n i18n = texts();
            i18n.getErrorMessage().setTitle(Texts.t("security.LoginView.database-unavailable"));
            i18n.getErrorMessage().setMessage(Texts.t("security.LoginView.database-unavailable-message"));
            login.setI18n(i18n);
            login.setError(true);
        } else if (parameters.containsKey("error")) {
            login.setError(true);
        }
    }

    /** The sign-in form's words from the bundle (Vaadin's own are English only). */
    private static LoginI18n texts() {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(Texts.t("security.LoginView.form-title"));
        i18n.getForm().setUsername(Texts.t("security.LoginView.form-username"));
        i18n.getForm().setPassword(Texts.t("security.LoginView.form-password"));
        i18n.getForm().setSubmit(Texts.t("security.LoginView.form-submit"));
        i18n.getErrorMessage().setTitle(Texts.t("security.LoginView.error-title"));
        i18n.getErrorMessage().setMessage(Texts.t("security.LoginView.error-message"));
        i18n.getErrorMessage().setUsername(Texts.t("security.LoginView.error-username"));
        i18n.getErrorMessage().setPassword(Texts.t("security.LoginView.error-password"));
        return i18n;
    }

    /** The minutes the server put in the address, read as a number only (the address is the user's to change). */
    private static String minutes(List<String> values) {
        String value = values.isEmpty() ? "" : values.get(0);
        if (value.matches("[0-9]{1,4}")) {
            int n = Integer.parseInt(value);
            return Texts.t("security.LoginView.minutes", n);
        }
        return Texts.t("security.LoginView.a-few-minutes");
    }

    @Override
    public String getPageTitle() {
        return Texts.t("security.LoginView.page-title");
    }
}
