package org.claimdesk.export;

import org.claimdesk.claim.ClaimStatus;
import org.claimdesk.evidence.VerdictApproved;
import org.claimdesk.shared.ChangeRecorded;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps a public page in step with its claim, inside the change's own transaction (the page and the claim never
 * disagree, not even for a moment): a published claim that leaves VERIFIED — reopened by hand, or by a change to
 * its sources — is "under review"; when its new verdict is approved the page shows it and is fully public again.
 */
@Component
class PublicationsFollowTheClaim {

    private final PublishingService publishing;

    PublicationsFollowTheClaim(PublishingService publishing) {
        this.publishing = publishing;
    }

    @EventListener
    void on(ChangeRecorded change) {
        if ("CLAIM".equals(change.entityType()) && "status".equals(change.field())
                && ClaimStatus.VERIFIED.name().equals(change.before())
                && !ClaimStatus.VERIFIED.name().equals(change.after())) {
            publishing.underReview(change.entityId(), change.articleId());
        }
    }

    @EventListener
    void on(VerdictApproved approved) {
        publishing.verifiedAgain(approved.claimId());
    }
}
