/**
 * Evidence and verdicts: sources with stance on claims, the publisher reliability register, corroboration by
 * independent outlets, the two-part verdict and the approval rules (one place, for the UI and the API alike),
 * and the rating scale admins rename. Its section of the claim page comes in through
 * {@link org.claimdesk.claim.ui.ClaimPagePanel}, so the claim module does not depend on this one.
 */
package org.claimdesk.evidence;
