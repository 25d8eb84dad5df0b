package org.claimdesk.export;

import org.claimdesk.ClaimDeskSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The settings come from application.yml, and the export service finds the ClaimReview and report writers. */
@ClaimDeskSpringTest
class PublisherSettingsTest {

    @Autowired
    PublisherSettings settings;

    @Autowired
    List<RowWriterFactory> factories;

    @Test
    void the_publisher_and_public_base_url_are_bound_from_the_configuration() {
        assertThat(settings.name()).isEqualTo("ClaimDesk newsroom");
        assertThat(settings.url()).isEqualTo("http://localhost:8080");
        assertThat(settings.publicBaseUrl()).isEqualTo("http://localhost:8080");
    }

    @Test
    void a_writer_factory_serves_claim_review_markdown_and_html() {
        assertThat(factories.stream().flatMap(f -> f.formats().stream()))
                .contains(ExportFormat.CLAIMREVIEW, ExportFormat.MARKDOWN, ExportFormat.HTML);
    }
}
