package org.claimdesk.claim.ui;

import com.vaadin.flow.component.Component;
import org.claimdesk.claim.ClaimDetails;

/**
 * A section of the claim page contributed by another module (the evidence module adds sources and the
 * verdict), so the claim module shows them without depending on that module. Implementations are Spring
 * beans; {@link #create} makes new components each time the page is drawn.
 */
public interface ClaimPagePanel {

    /** Where the section goes: lower comes first. */
    int order();

    /**
     * @param claim   the claim as the page shows it (its version is the one edits must be made on)
     * @param reload  redraws the page from the database, after a change of status or version
     */
    Component create(ClaimDetails claim, Runnable reload);
}
