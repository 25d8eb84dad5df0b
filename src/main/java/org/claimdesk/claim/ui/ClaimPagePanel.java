package org.claimdesk.claim.ui;

import org.claimdesk.claim.ClaimDetails;

/**
 * A section of the claim page, contributed as a Spring bean by the module that owns it (the evidence module
 * adds sources and the verdict, the audit module the history), so the claim module shows them without
 * depending on those modules. {@link #create} is called once per page; afterwards the page only asks the
 * section to {@link ClaimPageSection#refresh refresh}, so nobody's typing is lost to a redraw.
 */
public interface ClaimPagePanel {

    /** Where the section goes: lower comes first. */
    int order();

    /**
     * @param claim   the claim as the page shows it (its version is the one edits must be made on)
     * @param reload  re-reads the claim and refreshes the whole page, after a change of status or version
     */
    ClaimPageSection create(ClaimDetails claim, Runnable reload);

    /** A panel from a function, for {@code @Bean} methods. */
    static ClaimPagePanel of(int order, java.util.function.BiFunction<ClaimDetails, Runnable, ClaimPageSection> create) {
        return new ClaimPagePanel() {
            @Override
            public int order() {
                return order;
            }

            @Override
            public ClaimPageSection create(ClaimDetails claim, Runnable reload) {
                return create.apply(claim, reload);
            }
        };
    }
}
