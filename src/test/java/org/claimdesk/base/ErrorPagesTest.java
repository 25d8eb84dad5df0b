package org.claimdesk.base;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.sidenav.SideNavItem;
import org.claimdesk.ClaimDeskSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithMockUser;

import static org.assertj.core.api.Assertions.assertThat;

@ClaimDeskSpringTest
@ViewPackages(packages = {"org.claimdesk.base", "org.claimdesk.claim.ui", "org.claimdesk.article.ui",
        "org.claimdesk.security.ui"})
class ErrorPagesTest extends SpringBrowserlessTest {

    @Test
    @WithMockUser(username = "checker", roles = "FACT_CHECKER")
    void an_unknown_claim_id_shows_a_plain_message_inside_the_main_layout() {
        PageNotFoundView page = navigate("claims/" + Long.MAX_VALUE, PageNotFoundView.class);
        assertThat(find(Paragraph.class).withId("page-not-found-message").single().getText())
                .isEqualTo("This claim does not exist or is not in your teams.");
        assertThat(page.getParent()).get().isInstanceOf(MainLayout.class);
        assertThat(find(SideNavItem.class).all()).extracting(SideNavItem::getLabel).contains("Claims");
        assertThat(find(Anchor.class).withId("page-not-found-back").single().getHref()).isEqualTo("claims");
        assertThat(UI.getCurrent().getElement().getTextRecursively()).doesNotContain("Could not navigate");
    }

    @Test
    @WithMockUser(username = "checker", roles = "FACT_CHECKER")
    void an_unknown_article_id_shows_the_same_page() {
        navigate("articles/" + Long.MAX_VALUE, PageNotFoundView.class);
        assertThat(find(Paragraph.class).withId("page-not-found-message").single().getText())
                .isEqualTo("This article does not exist or is not in your teams.");
    }

    @Test
    @WithMockUser(username = "checker", roles = "FACT_CHECKER")
    void an_unknown_path_says_the_page_does_not_exist_inside_the_main_layout() {
        PageNotFoundView page = navigate("no-such-screen", PageNotFoundView.class);
        assertThat(find(Paragraph.class).withId("page-not-found-message").single().getText())
                .isEqualTo("This page does not exist.");
        assertThat(page.getParent()).get().isInstanceOf(MainLayout.class);
    }

    @Test
    @WithMockUser(username = "checker", roles = "FACT_CHECKER")
    void a_fact_checker_opening_an_admin_screen_is_told_it_is_not_open_to_their_role() {
        PageAccessDeniedView page = navigate("admin/users", PageAccessDeniedView.class);
        assertThat(find(Paragraph.class).withId("page-access-denied-message").single().getText())
                .isEqualTo("This page is not open to your role.");
        assertThat(page.getParent()).get().isInstanceOf(MainLayout.class);
        assertThat(find(SideNavItem.class).all()).extracting(SideNavItem::getLabel).contains("Claims").doesNotContain("Users");
    }
}
