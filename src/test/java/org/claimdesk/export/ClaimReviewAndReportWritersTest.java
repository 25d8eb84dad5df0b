package org.claimdesk.export;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ClaimReviewAndReportWritersTest {

    private final ClaimReviewAndReportWriters factory =
            new ClaimReviewAndReportWriters(new ClaimReviewJson(PublisherSettings.defaults()));

    @Test
    void it_writes_claim_review_markdown_and_html() {
        assertThat(factory.formats())
                .containsExactlyInAnyOrder(ExportFormat.CLAIMREVIEW, ExportFormat.MARKDOWN, ExportFormat.HTML);
        assertThat(factory.open(ExportFormat.CLAIMREVIEW, new ByteArrayOutputStream(), "t"))
                .isInstanceOf(ClaimReviewWriter.class);
        assertThat(factory.open(ExportFormat.MARKDOWN, new ByteArrayOutputStream(), "t"))
                .isInstanceOf(MarkdownReportWriter.class);
        assertThat(factory.open(ExportFormat.HTML, new ByteArrayOutputStream(), "t"))
                .isInstanceOf(HtmlReportWriter.class);
    }

    @Test
    void it_refuses_a_format_it_does_not_write() {
        assertThatThrownBy(() -> factory.open(ExportFormat.CSV, new ByteArrayOutputStream(), "t"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_publisher_defaults_to_the_claimdesk_newsroom_on_localhost() {
        PublisherSettings defaults = PublisherSettings.defaults();

        assertThat(defaults.name()).isEqualTo("ClaimDesk newsroom");
        assertThat(defaults.publicBaseUrl()).isEqualTo("http://localhost:8080");
        assertThat(new PublisherSettings(" ", "", "https://fc.example.org//").publicBaseUrl())
                .isEqualTo("https://fc.example.org");
    }
}
