package org.claimdesk.base;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import io.micrometer.core.instrument.MeterRegistry;
import org.claimdesk.ClaimDeskSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

import static org.assertj.core.api.Assertions.assertThat;

/** The gauge of open UIs counts a UI from its creation until it is detached. */
@ClaimDeskSpringTest
@WithMockUser(username = "checker", roles = "FACT_CHECKER")
class ActiveUisTest extends SpringBrowserlessTest {

    @Autowired
    MeterRegistry registry;

    @Test
    void an_open_ui_is_counted_until_it_is_detached() {
        UI ui = UI.getCurrent();
        double open = gauge();
        assertThat(open).as("this test's UI is counted").isGreaterThanOrEqualTo(1);

        ui.getSession().removeUI(ui);

        assertThat(gauge()).isEqualTo(open - 1);
    }

    private double gauge() {
        return registry.get("claimdesk.ui.active").gauge().value();
    }
}
