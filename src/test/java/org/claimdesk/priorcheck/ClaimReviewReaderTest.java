package org.claimdesk.priorcheck;

import org.claimdesk.shared.InputRejectedException;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.claimdesk.priorcheck.ClaimReviews.review;

class ClaimReviewReaderTest {

    @Test
    void a_single_claim_review_is_read_with_every_field_publishers_write() {
        ClaimReviewItem item = ClaimReviewReader.read(review("https://checkdesk.example.org/fc/1",
                "11,000 soldiers were deployed")).getFirst();

        assertThat(item.claimReviewed()).isEqualTo("11,000 soldiers were deployed");
        assertThat(item.reviewUrl()).isEqualTo("https://checkdesk.example.org/fc/1");
        assertThat(item.outlet()).isEqualTo("Check Desk Europe");
        assertThat(item.outletUrl()).isEqualTo("https://checkdesk.example.org");
        assertThat(item.claimant()).isEqualTo("Volodymyr Zelenskyy");
        assertThat(item.claimantType()).isEqualTo("Person");
        assertThat(item.appearanceUrl()).isEqualTo("https://news.example.org/story");
        assertThat(item.ratingLabel()).isEqualTo("Mostly true");
        assertThat(item.ratingValue()).isEqualTo(4.0);
        assertThat(item.ratingBest()).isEqualTo(5.0);
        assertThat(item.ratingWorst()).isEqualTo(1.0);
        assertThat(item.reviewDate()).isEqualTo(LocalDate.of(2024, 10, 25));
        assertThat(item.claimDate()).isEqualTo(LocalDate.of(2024, 10, 23));
    }

    @Test
    void an_array_and_a_graph_are_read_and_other_types_in_them_are_passed_over() {
        String array = "[" + review("https://a.example.org/1", "One") + "," + review("https://a.example.org/2", "Two") + "]";
        String graph = """
                {"@context": "https://schema.org", "@graph": [
                  {"@type": "WebPage", "name": "not a review"},
                  %s,
                  {"@type": ["schema:ClaimReview"], "url": "https://a.example.org/4", "claimReviewed": "Four",
                   "reviewRating": {"ratingValue": "2"}}]}
                """.formatted(review("https://a.example.org/3", "Three"));

        assertThat(ClaimReviewReader.read(array)).extracting(ClaimReviewItem::claimReviewed).containsExactly("One", "Two");
        assertThat(ClaimReviewReader.read(graph)).extracting(ClaimReviewItem::claimReviewed).containsExactly("Three", "Four");
        assertThat(ClaimReviewReader.read(graph).get(1).ratingValue()).isEqualTo(2.0);
    }

    @Test
    void an_html_page_gives_the_reviews_of_all_its_json_ld_scripts() {
        String page = """
                <!doctype html><html><head><title>Fact check</title>
                <script type="application/ld+json">%s</script>
                <script type="text/javascript">var x = 1;</script>
                <script type="application/ld+json">{"@type": "Organization", "name": "Outlet"}</script>
                </head><body><p>Text</p>
                <script type="application/ld+json">%s</script></body></html>
                """.formatted(review("https://a.example.org/5", "Five"), review("https://a.example.org/6", "Six"));

        List<ClaimReviewItem> items = ClaimReviewReader.read(page);

        assertThat(items).extracting(ClaimReviewItem::claimReviewed).containsExactly("Five", "Six");
    }

    @Test
    void input_that_is_not_json_is_refused_saying_where() {
        assertThatThrownBy(() -> ClaimReviewReader.read("{\"@type\": \"ClaimReview\", \"url\": "))
                .isInstanceOf(InputRejectedException.class)
                .hasMessageStartingWith("The input is not valid JSON at line 1");
    }

    @Test
    void input_without_a_claim_review_is_refused() {
        assertThatThrownBy(() -> ClaimReviewReader.read("{\"@type\": \"NewsArticle\", \"headline\": \"x\"}"))
                .isInstanceOf(InputRejectedException.class)
                .hasMessageContaining("No ClaimReview found");
        assertThatThrownBy(() -> ClaimReviewReader.read("<html><body>No data</body></html>"))
                .hasMessageContaining("has no <script type=\"application/ld+json\">");
    }

    @Test
    void a_review_missing_its_claim_is_named_by_position_and_field() {
        String three = "[" + review("https://a.example.org/7", "Seven") + "," + review("https://a.example.org/8", null)
                + "," + review("https://a.example.org/9", "Nine") + "]";

        assertThatThrownBy(() -> ClaimReviewReader.read(three))
                .isInstanceOf(InputRejectedException.class)
                .hasMessage("ClaimReview 2 of 3 (https://a.example.org/8): \"claimReviewed\" is missing: the claim that was checked.")
                .extracting(e -> ((InputRejectedException) e).field()).isEqualTo("claimReviewed");
    }

    @Test
    void a_javascript_link_as_the_fact_check_url_is_refused() {
        assertThatThrownBy(() -> ClaimReviewReader.read(review("javascript:alert(1)", "X")))
                .hasMessageContaining("ClaimReview 1 of 1").hasMessageContaining("Only http:// and https:// links")
                .extracting(e -> ((InputRejectedException) e).field()).isEqualTo("url");
    }

    @Test
    void a_review_without_url_or_rating_is_refused_naming_the_field() {
        assertThatThrownBy(() -> ClaimReviewReader.read("{\"@type\": \"ClaimReview\", \"claimReviewed\": \"X\", "
                + "\"reviewRating\": {\"ratingValue\": 1}}"))
                .hasMessageContaining("\"url\" is missing");
        assertThatThrownBy(() -> ClaimReviewReader.read("{\"@type\": \"ClaimReview\", \"claimReviewed\": \"X\", "
                + "\"url\": \"https://a.example.org/10\"}"))
                .hasMessageContaining("\"reviewRating\" needs an \"alternateName\"");
        assertThatThrownBy(() -> ClaimReviewReader.read("{\"@type\": \"ClaimReview\", \"claimReviewed\": \"X\", "
                + "\"url\": \"https://a.example.org/11\", \"reviewRating\": {\"ratingValue\": \"high\"}}"))
                .hasMessageContaining("\"reviewRating.ratingValue\" is not a number");
    }

    @Test
    void a_claim_over_the_length_limit_or_with_a_control_character_is_refused() {
        String tooLong = "x".repeat(PriorCheckLimits.MAX_CLAIM_REVIEWED + 1);
        assertThatThrownBy(() -> ClaimReviewReader.read(review("https://a.example.org/12", tooLong)))
                .hasMessageContaining("at most " + PriorCheckLimits.MAX_CLAIM_REVIEWED);
        assertThatThrownBy(() -> ClaimReviewReader.read(review("https://a.example.org/13", "a\\u0000b")))
                .hasMessageContaining("control character");
    }
}
