package org.claimdesk.export.ui;

import com.vaadin.flow.spring.security.AuthenticationContext;
import org.claimdesk.claim.ClaimDetails;
import org.claimdesk.claim.ui.ClaimPagePanel;
import org.claimdesk.claim.ui.ClaimPageSection;
import org.claimdesk.export.PublishingService;
import org.claimdesk.security.Role;

/** Puts the public fact-check section on the claim page, after the verdict. */
@org.springframework.stereotype.Component
class PublicationPanel implements ClaimPagePanel {

    private final PublishingService publishing;
    private final AuthenticationContext auth;

    PublicationPanel(PublishingService publishing, AuthenticationContext auth) {
        this.publishing = publishing;
        this.auth = auth;
    }

    @Override
    public int order() {
        return 22;
    }

    @Override
    public ClaimPageSection create(ClaimDetails claim, Runnable reload) {
        return new PublicationSection(publishing, auth.hasAnyRole(Role.EDITOR_NAME, Role.ADMIN_NAME), claim, reload);
    }
}
