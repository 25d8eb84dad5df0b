package org.claimdesk.base;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import org.claimdesk.AsUser;
import org.claimdesk.ClaimDeskSpringTest;
import org.claimdesk.claim.ui.ClaimsView;
import org.claimdesk.security.ThemePreference;
import org.claimdesk.security.UiTheme;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

import static org.assertj.core.api.Assertions.assertThat;

/** The layout's part of the look: the user's theme on every page, its toggle, the skip link. */
@ClaimDeskSpringTest
@WithMockUser(username = "checker2", roles = "FACT_CHECKER")
class MainLayoutLookTest extends SpringBrowserlessTest {

    @Autowired
    ThemePreference themes;

    @AfterEach
    void backToLight() {
        AsUser.signIn("checker2", "FACT_CHECKER");
        themes.set(UiTheme.LIGHT); // checker2 is shared by many tests
    }

    /**
     * The colour scheme the server last told the page to use (Page.setColorScheme's script, still to be sent: a
     * browserless UI has no browser to answer), or the page's own record of it when no script is pending.
     */
    private static String appliedScheme() {
        UI ui = UI.getCurrent();
        return ui.getInternals().dumpPendingJavaScriptInvocations().stream()
                .map(i -> i.getInvocation())
                .filter(i -> i.getExpression().contains("setAttribute('theme'"))
                .reduce((first, last) -> last)
                .map(i -> String.valueOf(i.getParameters().get(0)))
                .orElse(ui.getPage().getColorScheme().getThemeValue());
    }

    /** A new page load: a new UI, so a new layout (within one UI the router keeps the layout across views). */
    private void openNewPage() {
        cleanVaadinEnvironment();
        initVaadinEnvironment();
    }

    private MainLayout layout() {
        return find(MainLayout.class).single();
    }

    @Test
    void a_page_opens_in_the_dark_theme_the_user_chose() {
        themes.set(UiTheme.DARK);
        openNewPage();
        navigate("claims", ClaimsView.class);
        assertThat(appliedScheme()).isEqualTo("dark");
        assertThat(layout().themeToggle.getElement().getAttribute("aria-pressed")).isEqualTo("true");
    }

    @Test
    void a_page_opens_light_for_a_user_who_chose_light() {
        themes.set(UiTheme.LIGHT);
        openNewPage();
        navigate("claims", ClaimsView.class);
        assertThat(appliedScheme()).isEqualTo("light");
        assertThat(layout().themeToggle.getElement().getAttribute("aria-pressed")).isEqualTo("false");
    }

    @Test
    void the_toggle_switches_the_page_and_remembers_the_choice() {
        themes.set(UiTheme.LIGHT);
        navigate("claims", ClaimsView.class);
        test(layout().themeToggle).click();
        assertThat(appliedScheme()).isEqualTo("dark");
        assertThat(themes.mine()).isEqualTo(UiTheme.DARK);
        test(layout().themeToggle).click();
        assertThat(themes.mine()).isEqualTo(UiTheme.LIGHT);
    }

    @Test
    void a_skip_link_comes_first_and_the_content_can_take_the_focus() {
        navigate("claims", ClaimsView.class);
        MainLayout layout = layout();
        var firstInNavbar = layout.getElement().getChildren()
                .filter(e -> "navbar".equals(e.getAttribute("slot"))).findFirst().orElseThrow();
        assertThat(firstInNavbar).isEqualTo(layout.skipLink.getElement());
        assertThat(layout.skipLink.getText()).isEqualTo("Skip to content");
        assertThat(layout.getContent().getElement().getAttribute("tabindex")).isEqualTo("-1");
    }
}
