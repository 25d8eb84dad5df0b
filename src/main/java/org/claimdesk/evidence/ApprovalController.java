package org.claimdesk.evidence;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** {@code GET /api/v1/me/approvals}: verdicts of my teams waiting for my approval, oldest first. */
@RestController
class ApprovalController {

    private final ApprovalQueue approvals;

    ApprovalController(ApprovalQueue approvals) {
        this.approvals = approvals;
    }

    @GetMapping(path = "/api/v1/me/approvals", produces = "application/json")
    List<ApprovalItem> mine() {
        return approvals.awaitingMyApproval();
    }
}
