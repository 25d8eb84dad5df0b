package org.claimdesk.review;

import org.claimdesk.claim.ClaimService;
import org.claimdesk.evidence.EvidenceLimits;
import org.claimdesk.evidence.VerdictService;
import org.claimdesk.security.Role;
import org.claimdesk.shared.Inputs;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;

/**
 * Reopens many claims at once, for an editor who finds a batch of verdicts rests on a source that turned out
 * wrong. It lives in the review module (which may depend on evidence, not the other way round) and is only a loop:
 * each claim goes through {@link VerdictService#reopen}, so the state machine and its rules are those of a single
 * reopen, and a claim that cannot be reopened (say UNREVIEWED) is refused with the same reason.
 */
@Service
public class BulkReopen {

    private final VerdictService verdicts;
    private final ClaimService claims;
    private final TransactionTemplate transactions;

    BulkReopen(VerdictService verdicts, ClaimService claims, PlatformTransactionManager transactionManager) {
        this.verdicts = verdicts;
        this.claims = claims;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** Reopens each claim in its own transaction with the reason given (required: the history says why). */
    @PreAuthorize(Role.EDITORS)
    public List<BulkResult> reopenAll(List<Long> claimIds, String reason) {
        String why = Inputs.requiredText(reason, "reason", "Say why these claims are reopened.",
                EvidenceLimits.MAX_OVERRIDE_REASON);
        return BulkRun.each(transactions, claimIds, "Choose the claims to reopen.", id -> {
            // the version read in this transaction: a bulk action has no page that could be stale
            verdicts.reopen(id, claims.get(id).version(), why);
            return "reopened";
        });
    }
}
