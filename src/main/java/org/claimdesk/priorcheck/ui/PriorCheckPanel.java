package org.claimdesk.priorcheck.ui;

import org.claimdesk.claim.ClaimDetails;
import org.claimdesk.claim.ui.ClaimPagePanel;
import org.claimdesk.claim.ui.ClaimPageSection;
import org.claimdesk.priorcheck.PriorCheckLinks;
import org.claimdesk.priorcheck.PriorCheckService;
import org.springframework.stereotype.Component;

/** Puts the prior checks on the claim page, after the related claims (20) and before the discussion (30). */
@Component
class PriorCheckPanel implements ClaimPagePanel {

    private final PriorCheckLinks links;
    private final PriorCheckService priorChecks;

    PriorCheckPanel(PriorCheckLinks links, PriorCheckService priorChecks) {
        this.links = links;
        this.priorChecks = priorChecks;
    }

    @Override
    public int order() {
        return 25;
    }

    /** Earlier checks of the same words are read with the claim, before any work on it. */
    @Override
    public Place place() {
        return Place.CLAIM;
    }

    @Override
    public ClaimPageSection create(ClaimDetails claim, Runnable reload) {
        return new PriorCheckSection(links, priorChecks, claim, reload);
    }
}
