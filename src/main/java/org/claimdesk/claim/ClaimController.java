package org.claimdesk.claim;

import org.claimdesk.shared.PageResponse;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The claims API; it calls the same service methods as the views, so the same rules apply. */
@RestController
@RequestMapping(path = "/api/v1/claims", produces = "application/json")
class ClaimController {

    private final ClaimService claims;

    ClaimController(ClaimService claims) {
        this.claims = claims;
    }

    @GetMapping
    PageResponse<ClaimSummary> search(@RequestParam(required = false) String q,
                                      @RequestParam(required = false) ClaimStatus status,
                                      @RequestParam(required = false) ClaimType type,
                                      @RequestParam(required = false) Long articleId,
                                      @RequestParam(defaultValue = "0") int page,
                                      @RequestParam(defaultValue = "20") int size,
                                      @RequestParam(defaultValue = "CREATED") ClaimSort sort,
                                      @RequestParam(defaultValue = "false") boolean ascending) {
        return PageResponse.of(claims.search(new ClaimFilter(q, status, type, articleId), page, size, sort, ascending));
    }

    @GetMapping("/{id}")
    ClaimDetails get(@PathVariable long id) {
        return claims.get(id);
    }
}
