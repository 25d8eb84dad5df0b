package org.claimdesk.review.ui;

import com.vaadin.flow.spring.security.AuthenticationContext;
import org.claimdesk.claim.ClaimDetails;
import org.claimdesk.claim.ui.ClaimPagePanel;
import org.claimdesk.claim.ui.ClaimPageSection;
import org.claimdesk.review.AssignmentService;
import org.claimdesk.security.Role;

/** Puts the assignment at the top of the claim page's sections. */
@org.springframework.stereotype.Component
class AssignmentPanel implements ClaimPagePanel {

    private final AssignmentService assignments;
    private final AuthenticationContext auth;

    AssignmentPanel(AssignmentService assignments, AuthenticationContext auth) {
        this.assignments = assignments;
        this.auth = auth;
    }

    @Override
    public int order() {
        return 5;
    }

    @Override
    public Place place() {
        return Place.HEADER;
    }

    @Override
    public ClaimPageSection create(ClaimDetails claim, Runnable reload) {
        return new AssignmentSection(assignments, auth.hasAnyRole(Role.EDITOR_NAME, Role.ADMIN_NAME), claim, reload);
    }
}
