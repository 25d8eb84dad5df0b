package org.claimdesk.export;

import org.claimdesk.shared.NotFoundException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/**
 * {@code GET|POST|DELETE /api/v1/claims/{id}/publication} (a claim's public page: read, publish with an optional
 * short form, withdraw) and {@code POST /api/v1/articles/{id}/publication} (publish every verified claim of an
 * article, a result per claim).
 */
@RestController
class PublicationController {

    private final PublishingService publishing;

    PublicationController(PublishingService publishing) {
        this.publishing = publishing;
    }

    record PublishBody(String claimReviewed) {
    }

    @GetMapping(path = "/api/v1/claims/{id}/publication", produces = "application/json")
    PublicationDetails get(@PathVariable long id) {
        return publishing.of(id).orElseThrow(() -> new NotFoundException("Publication of claim", id));
    }

    @PostMapping(path = "/api/v1/claims/{id}/publication", produces = "application/json")
    PublicationDetails publish(@PathVariable long id, @RequestBody(required = false) PublishBody body) {
        return publishing.publish(id, body == null ? null : body.claimReviewed());
    }

    @DeleteMapping(path = "/api/v1/claims/{id}/publication", produces = "application/json")
    PublicationDetails unpublish(@PathVariable long id) {
        return publishing.unpublish(id);
    }

    @PostMapping(path = "/api/v1/articles/{id}/publication", produces = "application/json")
    List<PublishResult> publishArticle(@PathVariable long id) {
        return publishing.publishArticle(id);
    }
}
