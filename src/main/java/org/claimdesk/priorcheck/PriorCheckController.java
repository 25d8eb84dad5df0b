package org.claimdesk.priorcheck;

import org.claimdesk.shared.InputRejectedException;
import org.claimdesk.shared.PageResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** The prior-checks API; it calls the same service methods as the views, so the same rules apply. */
@RestController
class PriorCheckController {

    private final PriorCheckService priorChecks;
    private final PriorCheckLinks links;

    PriorCheckController(PriorCheckService priorChecks, PriorCheckLinks links) {
        this.priorChecks = priorChecks;
        this.links = links;
    }

    /**
     * Imports ClaimReview JSON-LD, or an HTML page holding it, as sent (read here rather than bound, so a
     * malformed input gets the reader's message naming the review and field): 201 when something was stored,
     * 200 when every fact check was held already.
     */
    @PostMapping(path = "/api/v1/prior-checks", produces = "application/json",
            consumes = {"application/json", "application/ld+json", "text/html", "text/plain"})
    ResponseEntity<ImportResult> importChecks(@RequestBody(required = false) String body,
                                              @RequestParam(required = false) Long teamId) {
        ImportResult result = priorChecks.importChecks(body, teamId);
        return ResponseEntity.status(result.imported().isEmpty() ? HttpStatus.OK : HttpStatus.CREATED).body(result);
    }

    @GetMapping(path = "/api/v1/prior-checks", produces = "application/json")
    PageResponse<PriorCheckDetails> search(@RequestParam(required = false) String q,
                                           @RequestParam(defaultValue = "0") int page,
                                           @RequestParam(defaultValue = "20") int size) {
        return PageResponse.of(priorChecks.search(q, page, size));
    }

    @GetMapping(path = "/api/v1/prior-checks/{id}", produces = "application/json")
    PriorCheckDetails get(@PathVariable long id) {
        return priorChecks.get(id);
    }

    @GetMapping(path = "/api/v1/claims/{claimId}/prior-checks", produces = "application/json")
    List<PriorCheckLink> linksOf(@PathVariable long claimId) {
        return links.linksOf(claimId);
    }

    record LinkBody(Long priorCheckId) {
    }

    @PostMapping(path = "/api/v1/claims/{claimId}/prior-checks", consumes = "application/json",
            produces = "application/json")
    ResponseEntity<PriorCheckLink> link(@PathVariable long claimId, @RequestBody LinkBody body) {
        if (body == null || body.priorCheckId() == null) {
            throw new InputRejectedException("priorCheckId", "Give the prior check to link: {\"priorCheckId\": 12}.");
        }
        return ResponseEntity.status(HttpStatus.CREATED).body(links.link(claimId, body.priorCheckId()));
    }

    @PostMapping(path = "/api/v1/claims/{claimId}/prior-checks/{linkId}/accept", produces = "application/json")
    PriorCheckLink accept(@PathVariable long claimId, @PathVariable long linkId) {
        return links.decide(claimId, linkId, true);
    }

    @PostMapping(path = "/api/v1/claims/{claimId}/prior-checks/{linkId}/dismiss", produces = "application/json")
    PriorCheckLink dismiss(@PathVariable long claimId, @PathVariable long linkId) {
        return links.decide(claimId, linkId, false);
    }
}
