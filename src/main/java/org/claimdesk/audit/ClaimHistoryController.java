package org.claimdesk.audit;

import org.claimdesk.claim.ClaimService;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** {@code GET /api/v1/claims/{id}/history}: every change to a claim, oldest first. */
@RestController
@RequestMapping(path = "/api/v1/claims", produces = "application/json")
class ClaimHistoryController {

    private final AuditService audit;
    private final ClaimService claims;

    ClaimHistoryController(AuditService audit, ClaimService claims) {
        this.audit = audit;
        this.claims = claims;
    }

    @GetMapping("/{id}/history")
    List<HistoryEntry> history(@PathVariable long id) {
        // the history of a deleted or merged claim stays readable: 404 only when there never was such a claim
        List<HistoryEntry> history = audit.history("CLAIM", id);
        if (history.isEmpty()) {
            claims.get(id);
        }
        return history;
    }
}
