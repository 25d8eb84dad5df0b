package org.claimdesk.claim.ui;

import org.claimdesk.claim.ClaimDetails;

/**
 * A section of the claim page, contributed as a Spring bean by the module that owns it (the evidence module
 * adds sources and the verdict, the audit module the history), so the claim module shows them without
 * depending on those modules. {@link #create} is called once per page; afterwards the page only asks the
 * section to {@link ClaimPageSection#refresh refresh}, so nobody's typing is lost to a redraw.
 */
public interface ClaimPagePanel {

    /** Where the section goes within its {@link #place()}: lower comes first. */
    int order();

    /**
     * The part of the claim page's workbench the section belongs in. On a wide screen the claim and its words
     * are on the left and the work on it (sources, the verdict) on the right; what is read now and then
     * (discussion, related claims, history) waits in tabs, made only when a tab is first opened.
     */
    enum Place {
        /** Under the claim's text at the top: who checks it by when. */
        HEADER,
        /** The left column, with the claim's facts, figures and context. */
        CLAIM,
        /** The right column: the work on the claim. */
        WORK,
        /** A tab under both columns, labelled by {@link #tabLabel()}. */
        TAB
    }

    default Place place() {
        return Place.WORK;
    }

    /** The tab's label, for a section placed in {@link Place#TAB}. */
    default String tabLabel() {
        return getClass().getSimpleName();
    }

    /**
     * @param claim   the claim as the page shows it (its version is the one edits must be made on)
     * @param reload  re-reads the claim and refreshes the whole page, after a change of status or version
     */
    ClaimPageSection create(ClaimDetails claim, Runnable reload);

    /** A tab's panel from a function, for {@code @Bean} methods. */
    static ClaimPagePanel tab(int order, String label,
                              java.util.function.BiFunction<ClaimDetails, Runnable, ClaimPageSection> create) {
        return new ClaimPagePanel() {
            @Override
            public int order() {
                return order;
            }

            @Override
            public Place place() {
                return Place.TAB;
            }

            @Override
            public String tabLabel() {
                return label;
            }

            @Override
            public ClaimPageSection create(ClaimDetails claim, Runnable reload) {
                return create.apply(claim, reload);
            }
        };
    }
}
