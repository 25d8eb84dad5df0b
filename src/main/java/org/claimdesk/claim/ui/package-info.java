/**
 * The claim module's views, and the claim form and dialogs other modules' views reuse (the article page
 * corrects claims where the fact-checker sees them), hence a named interface.
 */
@org.springframework.modulith.NamedInterface("ui")
package org.claimdesk.claim.ui;
