package org.claimdesk.review.ui;

import org.claimdesk.shared.ui.Texts;
import com.vaadin.flow.component.textfield.TextArea;
import org.claimdesk.evidence.EvidenceLimits;
import org.claimdesk.review.BulkReopen;
import org.claimdesk.review.BulkResult;

import java.util.List;

/** Reopens the selected claims with a reason, which goes into each claim's history. */
class ReopenDialog extends BulkActionDialog {

    final TextArea reason = new TextArea(Texts.t("review.ReopenDialog.why-reopen-them"));
    private final BulkReopen reopening;
    private final List<Long> claimIds;

    ReopenDialog(BulkReopen reopening, List<Long> claimIds, Runnable changed) {
        super(Texts.t("review.ReopenDialog.title", claimIds.size()), Texts.t("review.ReopenDialog.reopen"), changed);
        this.reopening = reopening;
        this.claimIds = claimIds;
        setId("bulk-reopen-dialog");
        reason.setId("bulk-reason");
        reason.setRequiredIndicatorVisible(true);
        reason.setMaxLength(EvidenceLimits.MAX_OVERRIDE_REASON);
        form(reason);
    }

    @Override
    List<BulkResult> act() {
        return reopening.reopenAll(claimIds, reason.getValue());
    }
}
