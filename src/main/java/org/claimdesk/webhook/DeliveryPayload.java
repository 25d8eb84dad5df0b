package org.claimdesk.webhook;

import org.claimdesk.export.PublicationChanged;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON body of a delivery: {@code {event, claimId, url, slug, at, claimReview}}, with the ClaimReview JSON-LD
 * as an object (null when the page was unpublished). The field names are stable; see the README.
 */
final class DeliveryPayload {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private DeliveryPayload() {
    }

    static String of(PublicationChanged e) {
        ObjectNode body = JSON.createObjectNode();
        body.put("event", e.kind().name());
        body.put("claimId", e.claimId());
        body.put("url", e.url());
        body.put("slug", e.slug());
        body.put("at", e.at() == null ? null : e.at().toString());
        if (e.claimReviewJson() == null || e.claimReviewJson().isBlank()) {
            body.putNull("claimReview");
        } else {
            try {
                body.set("claimReview", JSON.readTree(e.claimReviewJson()));
            } catch (JacksonException notJson) {
                body.put("claimReview", e.claimReviewJson()); // never expected; sent as text rather than lost
            }
        }
        return JSON.writeValueAsString(body);
    }

    /** What makes an event the same event when it is handled twice: its claim, kind and time. */
    static String eventKey(PublicationChanged e) {
        return e.claimId() + ":" + e.kind().name() + ":" + e.at();
    }
}
