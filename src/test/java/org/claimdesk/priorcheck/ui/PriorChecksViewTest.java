package org.claimdesk.priorcheck.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import org.claimdesk.ClaimDeskSpringTest;
import org.claimdesk.TestArticles;
import org.claimdesk.priorcheck.ClaimReviews;
import org.claimdesk.priorcheck.PriorCheckService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** The "Prior checks" list and its import dialog, without a browser. */
@ClaimDeskSpringTest
@WithMockUser(username = "checker", roles = "FACT_CHECKER")
class PriorChecksViewTest extends SpringBrowserlessTest {

    @Autowired
    PriorCheckService priorChecks;

    private ImportPriorChecksDialog openDialog(PriorChecksView view) {
        test(view.importButton).click();
        return find(ImportPriorChecksDialog.class).single();
    }

    @Test
    void pasted_json_ld_is_imported_and_listed() {
        String tag = TestArticles.uniqueTag();
        PriorChecksView view = navigate("prior-checks", PriorChecksView.class);
        ImportPriorChecksDialog dialog = openDialog(view);

        test(dialog.input).setValue(ClaimReviews.review("https://checkdesk.example.org/ui/" + tag, "Pasted " + tag));
        test(dialog.importButton).click();

        assertThat(dialog.message.getText()).isEqualTo("1 prior check imported.");
        assertThat(dialog.input.getValue()).isEmpty();
        test(view.search).setValue(tag);
        assertThat(test(view.grid).size()).isEqualTo(1);
        assertThat(test(view.grid).getRow(0).claimReviewed()).isEqualTo("Pasted " + tag);
    }

    @Test
    void an_uploaded_page_fills_the_input_and_a_duplicate_is_reported_as_skipped() {
        String tag = TestArticles.uniqueTag();
        String url = "https://checkdesk.example.org/ui/" + tag;
        priorChecks.importChecks(ClaimReviews.review(url, "Uploaded " + tag), null);
        ImportPriorChecksDialog dialog = openDialog(navigate("prior-checks", PriorChecksView.class));

        String page = "<html><script type=\"application/ld+json\">" + ClaimReviews.review(url, "Uploaded " + tag)
                + "</script></html>";
        test(dialog.upload).upload("check.html", "text/html", page.getBytes(StandardCharsets.UTF_8));
        assertThat(dialog.input.getValue()).isEqualTo(page);
        test(dialog.importButton).click();

        assertThat(dialog.message.getText()).isEqualTo("0 prior checks imported; 1 skipped, imported before: " + url + ".");
    }

    @Test
    void malformed_input_is_refused_in_the_dialog_the_input_stays_and_nothing_is_stored() {
        String tag = TestArticles.uniqueTag();
        long before = priorChecks.search(null, 0, 1).getTotalElements();
        ImportPriorChecksDialog dialog = openDialog(navigate("prior-checks", PriorChecksView.class));
        String input = "[" + ClaimReviews.review("https://checkdesk.example.org/ui/" + tag, "Fine " + tag) + ","
                + ClaimReviews.review("https://checkdesk.example.org/ui/" + tag + "/2", null) + "]";

        test(dialog.input).setValue(input);
        test(dialog.importButton).click();

        assertThat(dialog.message.isError()).isTrue();
        assertThat(dialog.message.getText()).startsWith("ClaimReview 2 of 2").contains("\"claimReviewed\" is missing");
        assertThat(dialog.input.getValue()).isEqualTo(input);
        assertThat(priorChecks.search(null, 0, 1).getTotalElements()).isEqualTo(before);
    }
}
