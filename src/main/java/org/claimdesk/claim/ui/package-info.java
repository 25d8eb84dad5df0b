/**
 * The claim module's views, the claim form and dialogs other modules' views reuse (the article page corrects
 * claims where the fact-checker sees them), and the extension point of the claim page:
 * {@link org.claimdesk.claim.ui.ClaimPagePanel} beans contribute {@link org.claimdesk.claim.ui.ClaimPageSection}s
 * (evidence: sources and verdict; audit: history), made once per page and refreshed in place so that nobody's
 * typing is lost to a redraw; and {@link org.claimdesk.claim.ui.ClaimSelectionTools} beans add tools for the
 * claims selected in the claims grid (review: bulk assign, priority, due date, reopen), and {@link org.claimdesk.claim.ui.ClaimsViewTools} beans
 * tools acting on what the grid's filters show (export). Hence a named interface.
 */
@org.springframework.modulith.NamedInterface("ui")
package org.claimdesk.claim.ui;
