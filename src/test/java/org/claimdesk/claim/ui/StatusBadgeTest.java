package org.claimdesk.claim.ui;

import org.claimdesk.claim.ClaimStatus;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class StatusBadgeTest {

    @Test
    void each_status_reads_as_words_with_its_own_class() {
        StatusBadge badge = new StatusBadge(ClaimStatus.AWAITING_APPROVAL);
        assertThat(badge.getText()).isEqualTo("Awaiting approval");
        assertThat(badge.getClassNames()).containsExactlyInAnyOrder("status-badge", "status-awaiting-approval");
        assertThat(StatusBadge.label(ClaimStatus.UNREVIEWED)).isEqualTo("Unreviewed");
        assertThat(StatusBadge.label(ClaimStatus.IN_REVIEW)).isEqualTo("In review");
        assertThat(StatusBadge.label(ClaimStatus.VERIFIED)).isEqualTo("Verified");
        assertThat(StatusBadge.label(ClaimStatus.REOPENED)).isEqualTo("Reopened");
        assertThat(StatusBadge.cssClass(ClaimStatus.IN_REVIEW)).isEqualTo("status-in-review");
    }

    @Test
    void the_stylesheet_in_frontend_gives_every_status_its_colours() throws Exception {
        String css = Files.readString(Path.of("frontend/styles/claimdesk.css"));
        for (ClaimStatus s : ClaimStatus.values()) {
            assertThat(css).as(s.name()).contains("--claimdesk-" + StatusBadge.cssClass(s) + "-bg")
                    .contains("--claimdesk-" + StatusBadge.cssClass(s) + "-text");
            if (s != ClaimStatus.UNREVIEWED) { // the badge's default colours
                assertThat(css).as(s.name()).contains(".status-badge." + StatusBadge.cssClass(s) + " {");
            }
        }
    }
}
