package org.claimdesk.claim.ui;

import com.vaadin.flow.component.Component;

import java.util.List;
import java.util.function.Supplier;

/**
 * Tools above the claims grid that act on the selected claims, contributed as a Spring bean by the module that
 * owns the action (the review module: bulk assign, priority, due date, reopen), so the claim module offers them
 * without depending on that module, as {@link ClaimPagePanel} does for the claim page. When no bean gives a
 * tool to the signed-in user, the grid has no selection boxes and a click on a row simply opens the claim.
 */
public interface ClaimSelectionTools {

    /**
     * The tools for the signed-in user (empty when they may use none), made once per view; the view enables
     * them only while claims are selected.
     *
     * @param selection the ids of the claims selected at the moment of the call
     * @param changed   to call after an action: the grid clears its selection and re-reads the claims
     */
    List<Component> create(Supplier<List<Long>> selection, Runnable changed);
}
