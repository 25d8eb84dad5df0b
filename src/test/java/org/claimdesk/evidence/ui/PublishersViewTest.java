package org.claimdesk.evidence.ui;

import org.claimdesk.ClaimDeskSpringTest;
import com.vaadin.browserless.SpringBrowserlessTest;
import org.claimdesk.TestArticles;
import org.claimdesk.evidence.PublisherRegister;
import org.claimdesk.evidence.Reliability;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

import static org.assertj.core.api.Assertions.assertThat;

@ClaimDeskSpringTest
@WithMockUser(username = "editor", roles = "EDITOR")
class PublishersViewTest extends SpringBrowserlessTest {

    @Autowired
    PublisherRegister register;

    @Test
    void an_editor_rates_a_new_outlet_and_cannot_blindly_overwrite_an_existing_rating() {
        String domain = "view-" + TestArticles.uniqueTag() + ".example";
        PublishersView view = navigate(PublishersView.class);
        test(view.domain).setValue(domain);
        test(view.name).setValue("View Daily");
        test(view.reliability).selectItem("RELIABLE");
        test(view.save).click();
        assertThat(register.find(domain).reliability()).isEqualTo(Reliability.RELIABLE);

        test(view.domain).setValue(domain);
        test(view.reliability).selectItem("UNRELIABLE");
        test(view.save).click();
        assertThat(view.problem.isVisible()).isTrue();
        assertThat(view.problem.getText()).contains("pick it in the list");
        assertThat(register.find(domain).reliability()).isEqualTo(Reliability.RELIABLE);
    }
}
