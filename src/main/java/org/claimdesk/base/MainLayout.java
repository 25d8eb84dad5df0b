package org.claimdesk.base;

import org.claimdesk.shared.ui.Texts;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.page.ColorScheme;
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
import org.claimdesk.security.ThemePreference;
import org.claimdesk.security.UiTheme;
import org.claimdesk.security.UserService;
import org.claimdesk.security.UserSummary;
import org.claimdesk.shared.ui.KeyboardShortcuts;
import org.claimdesk.shared.ui.ShortcutHelp;

/**
 * The frame around every signed-in view: side navigation and the signed-in user with a sign-out action.
 * Views find it through @Layout, so no module needs to know this class; the navigation links by path.
 * It also loads the keyboard shortcut script (frontend/scripts/shortcuts.js; after sign-in only, as /scripts/**
 * is not public), offers "?" for the shortcut help, a "Skip to content" link and the user's light/dark theme.
 */
@Layout
@PermitAll
@JavaScript("context://scripts/shortcuts.js")
public class MainLayout extends AppLayout {

    private final Broadcaster broadcaster;
    private final String username;
    private final ThemePreference themes;
    private Broadcaster.Subscription sessionWatch;
    /** The first stop of Tab: moves the focus past the navigation to the page's content (visible on focus). */
    final Anchor skipLink = new Anchor("#main-content", Texts.t("base.MainLayout.skip-to-content"));
    /** Switches between light and dark screens, remembered on the user's account. */
    final Button themeToggle = new Button();
    private UiTheme theme;

    public MainLayout(AuthenticationContext auth, UserService users, NotificationService notifications,
                      Broadcaster broadcaster, ThemePreference themes) {
        this.broadcaster = broadcaster;
        this.themes = themes;
        this.username = auth.getPrincipalName().orElse("");
        Span brand = new Span(Texts.t("base.MainLayout.claimdesk"));
        brand.addClassName("brand");

        SideNav nav = new SideNav();
        nav.addItem(new SideNavItem(Texts.t("base.MainLayout.dashboard"), "dashboard", VaadinIcon.DASHBOARD.create()));
        nav.addItem(new SideNavItem(Texts.t("base.MainLayout.articles"), "articles", VaadinIcon.NEWSPAPER.create()));
        nav.addItem(new SideNavItem(Texts.t("base.MainLayout.claims"), "claims", VaadinIcon.COMMENT_ELLIPSIS_O.create()));
        nav.addItem(new SideNavItem(Texts.t("base.MainLayout.prior-checks"), "prior-checks", VaadinIcon.ARCHIVE.create()));
        nav.addItem(new SideNavItem(Texts.t("base.MainLayout.my-queue"), "queue", VaadinIcon.TASKS.create()));
        nav.addItem(new SideNavItem(Texts.t("base.MainLayout.approvals"), "approvals", VaadinIcon.CHECK_SQUARE_O.create()));
        if (auth.hasAnyRole(Role.ADMIN_NAME, Role.EDITOR_NAME)) {
            nav.addItem(new SideNavItem(Texts.t("base.MainLayout.team-board"), "board", VaadinIcon.GRID_BIG.create()));
            nav.addItem(new SideNavItem(Texts.t("base.MainLayout.exports"), "exports", VaadinIcon.DOWNLOAD.create()));
        }
        nav.addItem(new SideNavItem(Texts.t("base.MainLayout.publishers"), "publishers", VaadinIcon.INSTITUTION.create()));
        if (auth.hasRole(Role.ADMIN_NAME)) {
            nav.addItem(new SideNavItem(Texts.t("base.MainLayout.rating-scale"), "admin/ratings", VaadinIcon.SLIDERS.create()));
            nav.addItem(new SideNavItem(Texts.t("base.MainLayout.users"), "admin/users", VaadinIcon.USERS.create()));
            nav.addItem(new SideNavItem(Texts.t("base.MainLayout.teams"), "admin/teams", VaadinIcon.GROUP.create()));
            nav.addItem(new SideNavItem(Texts.t("base.MainLayout.webhooks"), "admin/webhooks", VaadinIcon.CONNECT.create()));
            nav.addItem(new SideNavItem(Texts.t("base.MainLayout.sign-in-log"), "admin/auth-log", VaadinIcon.KEY.create()));
        }
        addToDrawer(brand, nav);

        String shown = users.find(username).map(UserSummary::displayName).orElse(username);
        Span who = new Span(shown + " (" + username + ")");
        who.addClassName("signed-in-user");
        Button signOut = new Button(Texts.t("base.MainLayout.sign-out"), VaadinIcon.SIGN_OUT.create(), click -> auth.logout());
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        signOut.setId("sign-out");
        Anchor changePassword = new Anchor("me/password", Texts.t("base.MainLayout.change-password"));
        changePassword.setId("change-password-link");
        Anchor apiTokens = new Anchor("me/tokens", Texts.t("base.MainLayout.api-tokens"));
        apiTokens.setId("api-tokens-link");
        theme = themes.mine();
        themeToggle.setId("theme-toggle");
        themeToggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        themeToggle.addClickListener(click -> {
            UiTheme next = theme == UiTheme.DARK ? UiTheme.LIGHT : UiTheme.DARK;
            themes.set(next);
            theme = next;
            getUI().ifPresent(this::applyTheme);
        });
        showThemeToggle();
        HorizontalLayout bar = new HorizontalLayout(new NotificationBell(notifications, broadcaster, username), who,
                themeToggle, changePassword, apiTokens, signOut);
        bar.addClassName("user-bar");
        bar.setAlignItems(HorizontalLayout.Alignment.CENTER);
        skipLink.setId("skip-link");
        skipLink.addClassName("skip-link");
        skipLink.setRouterIgnore(true); // a jump within the page: frontend/scripts/shortcuts.js focuses the content
        addToNavbar(skipLink, new DrawerToggle(), bar);
        KeyboardShortcuts.register(this, "?", Texts.t("base.MainLayout.key-help"),
                () -> getUI().ifPresent(ShortcutHelp::open));
        setPrimarySection(Section.DRAWER);
    }

    /** The page's content is the skip link's target: focusable from script only (tabindex -1), so Tab goes on in it. */
    @Override
    public void showRouterLayoutContent(HasElement content) {
        super.showRouterLayoutContent(content);
        if (content != null) {
            content.getElement().setAttribute("tabindex", "-1");
            content.getElement().getClassList().add("main-content");
        }
    }

    /** Lumo's dark or light variant on the whole page (the html element), as the user chose. */
    private void applyTheme(UI ui) {
        ui.getPage().setColorScheme(theme == UiTheme.DARK ? ColorScheme.Value.DARK : ColorScheme.Value.LIGHT);
        showThemeToggle();
    }

    private void showThemeToggle() {
        boolean dark = theme == UiTheme.DARK;
        themeToggle.setText(Texts.t("base.MainLayout.dark-theme"));
        themeToggle.setIcon((dark ? VaadinIcon.MOON : VaadinIcon.MOON_O).create());
        themeToggle.getElement().setAttribute("aria-pressed", Boolean.toString(dark));
    }

    /** When an admin disables this user, the screen leaves for the sign-in page at once (see UserSessions). */
    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        UI ui = attachEvent.getUI();
        applyTheme(ui); // on every page load: a new page (UI) attaches a new layout
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
