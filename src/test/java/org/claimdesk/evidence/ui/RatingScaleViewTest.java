package org.claimdesk.evidence.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import org.claimdesk.ClaimDeskSpringTest;
import org.claimdesk.TestArticles;
import org.claimdesk.evidence.Rating;
import org.claimdesk.evidence.RatingLabelDetails;
import org.claimdesk.evidence.RatingScale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

import static org.assertj.core.api.Assertions.assertThat;

@ClaimDeskSpringTest
@WithMockUser(username = "admin", roles = "ADMIN")
class RatingScaleViewTest extends SpringBrowserlessTest {

    @Autowired
    RatingScale scale;

    @Test
    void an_admin_renames_a_rating_and_sees_the_change_in_the_scales_history() {
        RatingLabelDetails original = label(Rating.NOT_YET_KNOWN);
        String renamed = "Too early " + TestArticles.uniqueTag();
        RatingScaleView view = navigate(RatingScaleView.class);
        try {
            var grid = test(view.grid);
            for (int i = 0; i < grid.size(); i++) {
                if (grid.getRow(i).rating() == Rating.NOT_YET_KNOWN) {
                    grid.select(i);
                }
            }
            test(view.label).setValue(renamed);
            test(view.save).click();
            assertThat(view.problem.isVisible()).isFalse();

            var history = test(view.history);
            assertThat(history.getCellText(0, history.getColumnPosition("key"))).isEqualTo("NOT_YET_KNOWN");
            assertThat(history.getCellText(0, history.getColumnPosition("who"))).isEqualTo("admin");
            assertThat(history.getCellText(0, history.getColumnPosition("change"))).isEqualTo("edited label");
            assertThat(history.getCellText(0, history.getColumnPosition("before"))).isEqualTo(original.label());
            assertThat(history.getCellText(0, history.getColumnPosition("after"))).isEqualTo(renamed);
        } finally {
            RatingLabelDetails now = label(Rating.NOT_YET_KNOWN);
            scale.update(Rating.NOT_YET_KNOWN, original.label(), original.color(), original.score(),
                    original.reviewText(), now.version());
        }
    }

    private RatingLabelDetails label(Rating rating) {
        return scale.labels().stream().filter(l -> l.rating() == rating).findFirst().orElseThrow();
    }
}
