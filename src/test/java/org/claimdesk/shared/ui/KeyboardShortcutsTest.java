package org.claimdesk.shared.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import org.claimdesk.ClaimDeskSpringTest;
import org.claimdesk.claim.ui.ClaimsView;
import org.claimdesk.review.ui.MyQueueView;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithMockUser;

import static org.assertj.core.api.Assertions.assertThat;

@ClaimDeskSpringTest
@WithMockUser(username = "checker2", roles = "FACT_CHECKER")
class KeyboardShortcutsTest extends SpringBrowserlessTest {

    @Test
    void question_mark_opens_a_help_listing_the_current_pages_shortcuts() {
        navigate("queue", MyQueueView.class);
        ShortcutKeys.press(UI.getCurrent(), "?");
        ShortcutHelp help = find(ShortcutHelp.class).single();
        assertThat(help.isOpened()).isTrue();
        assertThat(help.isCloseOnEsc()).isTrue();
        assertThat(help.getElement().getTextRecursively()).contains("Select the next claim",
                "Select the previous claim", "Open the selected claim", "Show this list of shortcuts");
    }

    @Test
    void question_mark_works_on_every_page_of_the_layout() {
        navigate("claims", ClaimsView.class);
        ShortcutKeys.press(UI.getCurrent(), "?");
        assertThat(find(ShortcutHelp.class).single().getElement().getTextRecursively())
                .contains("Show this list of shortcuts").doesNotContain("Select the next claim");
    }

    @Test
    void a_pages_keys_leave_with_the_page() {
        navigate("queue", MyQueueView.class);
        assertThat(KeyboardShortcuts.current(UI.getCurrent())).extracting(KeyboardShortcuts.Shortcut::key)
                .contains("j", "k", "o", "Enter", "?");
        navigate("claims", ClaimsView.class);
        assertThat(KeyboardShortcuts.current(UI.getCurrent())).extracting(KeyboardShortcuts.Shortcut::key)
                .containsExactly("?");
        assertThat(KeyboardShortcuts.press(UI.getCurrent(), "j")).isFalse();
    }
}
