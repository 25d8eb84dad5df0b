package org.claimdesk.claim.ui;

import com.vaadin.flow.component.Component;
import org.claimdesk.claim.ClaimFilter;

import java.util.List;
import java.util.function.Supplier;

/**
 * Tools beside the claims grid's filters that act on what the filters show (the export module: "Export…"),
 * contributed as Spring beans by the module that owns the action, so the claim module offers them without
 * depending on it, like {@link ClaimSelectionTools} for the selected claims.
 */
public interface ClaimsViewTools {

    /**
     * The tools for the signed-in user (empty when they may use none), made once per view.
     *
     * @param filter the grid's filters at the moment of the call (status null = any status)
     */
    List<Component> create(Supplier<ClaimFilter> filter);
}
