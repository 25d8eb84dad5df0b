package org.claimdesk.base;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.claimdesk.live.Broadcaster;
import org.claimdesk.live.LiveEvent;
import org.claimdesk.review.NotificationService;
import org.claimdesk.review.ui.NotificationBell;
import org.claimdesk.security.Role;
import org.claimdesk.security.UserService;
import org.claimdesk.security.UserSummary;

/**
 * The frame around every signed-in view: side navigation and the signed-in user with a sign-out action.
 * Views find it through @Layout, so no module needs to know this class; the navigation links by path.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout {

    private final Broadcaster broadcaster;
    private final String username;
    private Broadcaster.Subscription sessionWatch;

    public MainLayout(AuthenticationContext auth, UserService users, NotificationService notifications,
                      Broadcaster broadcaster) {
        this.broadcaster = broadcaster;
        this.username = auth.getPrincipalName().orElse("");
        Span brand = new Span("ClaimDesk");
        brand.addClassName("brand");

        SideNav nav = new SideNav();
        nav.addItem(new SideNavItem("Dashboard", "dashboard", VaadinIcon.DASHBOARD.create()));
        nav.addItem(new SideNavItem("Articles", "articles", VaadinIcon.NEWSPAPER.create()));
        nav.addItem(new SideNavItem("Claims", "claims", VaadinIcon.COMMENT_ELLIPSIS_O.create()));
        nav.addItem(new SideNavItem("Prior checks", "prior-checks", VaadinIcon.ARCHIVE.create()));
        nav.addItem(new SideNavItem("My queue", "queue", VaadinIcon.TASKS.create()));
        nav.addItem(new SideNavItem("Approvals", "approvals", VaadinIcon.CHECK_SQUARE_O.create()));
        if (auth.hasAnyRole(Role.ADMIN_NAME, Role.EDITOR_NAME)) {
            nav.addItem(new SideNavItem("Team board", "board", VaadinIcon.GRID_BIG.create()));
            nav.addItem(new SideNavItem("Exports", "exports", VaadinIcon.DOWNLOAD.create()));
        }
        nav.addItem(new SideNavItem("Publishers", "publishers", VaadinIcon.INSTITUTION.create()));
        if (auth.hasRole(Role.ADMIN_NAME)) {
            nav.addItem(new SideNavItem("Rating scale", "admin/ratings", VaadinIcon.SLIDERS.create()));
            nav.addItem(new SideNavItem("Users", "admin/users", VaadinIcon.USERS.create()));
            nav.addItem(new SideNavItem("Teams", "admin/teams", VaadinIcon.GROUP.create()));
            nav.addItem(new SideNavItem("Webhooks", "admin/webhooks", VaadinIcon.CONNECT.create()));
            nav.addItem(new SideNavItem("Sign-in log", "admin/auth-log", VaadinIcon.KEY.create()));
        }
        addToDrawer(brand, nav);

        String shown = users.find(username).map(UserSummary::displayName).orElse(username);
        Span who = new Span(shown + " (" + username + ")");
        who.addClassName("signed-in-user");
        Button signOut = new Button("Sign out", VaadinIcon.SIGN_OUT.create(), click -> auth.logout());
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        signOut.setId("sign-out");
        Anchor changePassword = new Anchor("me/password", "Change password");
        changePassword.setId("change-password-link");
        Anchor apiTokens = new Anchor("me/tokens", "API tokens");
        apiTokens.setId("api-tokens-link");
        HorizontalLayout bar = new HorizontalLayout(new NotificationBell(notifications, broadcaster, username), who,
                changePassword, apiTokens, signOut);
        bar.addClassName("user-bar");
        bar.setAlignItems(HorizontalLayout.Alignment.CENTER);
        addToNavbar(new DrawerToggle(), bar);
        setPrimarySection(Section.DRAWER);
    }

    /** When an admin disables this user, the screen leaves for the sign-in page at once (see UserSessions). */
    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        UI ui = attachEvent.getUI();
        sessionWatch = broadcaster.join(LiveEvent.user(username), username, e -> {
            if (e.kind() == LiveEvent.Kind.CHANGED && LiveEvent.SESSION_ENDED.equals(e.what())) {
                ui.access(() -> ui.getPage().setLocation("login"));
            }
        });
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (sessionWatch != null) {
            sessionWatch.close();
            sessionWatch = null;
        }
        super.onDetach(detachEvent);
    }
}
