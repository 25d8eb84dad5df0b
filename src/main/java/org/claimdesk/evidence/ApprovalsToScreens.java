package org.claimdesk.evidence;

import org.claimdesk.claim.ClaimStatus;
import org.claimdesk.live.Broadcaster;
import org.claimdesk.live.LiveEvent;
import org.claimdesk.shared.ChangeRecorded;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.Set;

/**
 * Tells open approvals queues to read themselves again once a change that may add or remove a row commits: a
 * claim moving into or out of AWAITING_APPROVAL (a verdict, an approval, a reopen by hand or because its sources
 * changed, a copied verdict), a revised verdict, a claim deleted or merged away. Listens to the recorded changes
 * rather than to the verdict events, so no path that moves a status is missed; once per transaction.
 */
@Component
class ApprovalsToScreens {

    private static final Set<String> GONE_OR_REVISED = Set.of("VERDICT", "VERDICT_COPIED", "DELETED", "MERGED_INTO");
    private static final String AWAITING = ClaimStatus.AWAITING_APPROVAL.name();

    private final Broadcaster broadcaster;

    ApprovalsToScreens(Broadcaster broadcaster) {
        this.broadcaster = broadcaster;
    }

    @EventListener
    void on(ChangeRecorded change) {
        if (!"CLAIM".equals(change.entityType()) || !concernsApprovals(change)
                || !TransactionSynchronizationManager.isSynchronizationActive()
                || TransactionSynchronizationManager.hasResource(this)) {
            return; // not about approvals, nothing will commit, or this transaction already tells the queues
        }
        TransactionSynchronizationManager.bindResource(this, Boolean.TRUE);
        LiveEvent event = new LiveEvent(LiveEvent.approvals(), LiveEvent.Kind.CHANGED, change.actor(), change.action());
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                broadcaster.publish(event);
            }

            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(ApprovalsToScreens.this);
            }
        });
    }

    private static boolean concernsApprovals(ChangeRecorded change) {
        return GONE_OR_REVISED.contains(change.action())
                || ("STATUS".equals(change.action()) && (AWAITING.equals(change.before()) || AWAITING.equals(change.after())));
    }
}
