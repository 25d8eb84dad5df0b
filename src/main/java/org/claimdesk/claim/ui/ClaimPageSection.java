package org.claimdesk.claim.ui;

import com.vaadin.flow.component.Component;
import org.claimdesk.claim.ClaimDetails;

import java.util.Optional;

/** One section of the claim page, made once and refreshed in place. */
public interface ClaimPageSection {

    /** The section's component, added to the page once: the section itself, when it is a component. */
    default Component component() {
        return (Component) this;
    }

    /**
     * Shows the claim's latest state. A section keeps what the user is typing (a draft comment, a half-written
     * verdict): forms are moved onto the new version, never emptied.
     */
    void refresh(ClaimDetails claim);

    /**
     * What the signed-in user should do next on the claim in this section, if the section owns that step; the
     * page shows the first one offered (by the sections' order) in its header. Asked after every refresh.
     */
    default Optional<NextAction> nextAction(ClaimDetails claim) {
        return Optional.empty();
    }
}
