package org.claimdesk.evidence.ui;

import com.vaadin.flow.spring.security.AuthenticationContext;
import org.claimdesk.claim.ClaimDetails;
import org.claimdesk.claim.ClaimWorkflow;
import org.claimdesk.claim.ui.ClaimPagePanel;
import org.claimdesk.claim.ui.ClaimPageSection;
import org.claimdesk.evidence.EvidenceService;
import org.claimdesk.evidence.RatingScale;
import org.claimdesk.evidence.VerdictService;

/** Puts sources, corroboration, the verdict and approval on the claim page. */
@org.springframework.stereotype.Component
class VerificationPanel implements ClaimPagePanel {

    private final EvidenceService evidence;
    private final VerdictService verdicts;
    private final RatingScale ratings;
    private final AuthenticationContext auth;
    private final ClaimWorkflow workflow;

    VerificationPanel(EvidenceService evidence, VerdictService verdicts, RatingScale ratings, ClaimWorkflow workflow,
                      AuthenticationContext auth) {
        this.workflow = workflow;
        this.evidence = evidence;
        this.verdicts = verdicts;
        this.ratings = ratings;
        this.auth = auth;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public ClaimPageSection create(ClaimDetails claim, Runnable reload) {
        return new VerificationSection(evidence, verdicts, ratings, workflow, auth, claim, reload);
    }
}
