/**
 * The append-only history of every change. Other modules publish {@link org.claimdesk.shared.ChangeRecorded}
 * events; this module stores them in the publisher's transaction (a change and its history entry commit or roll
 * back together) and shows them: the timeline section of the claim page (contributed through
 * {@link org.claimdesk.claim.ui.ClaimPagePanel}, so the claim module does not depend on this one) and
 * {@code GET /api/v1/claims/{id}/history}. The history of the registers editors keep (publishers, the rating
 * scale) is read through {@link org.claimdesk.audit.RegisterHistory}, by editors and admins only. Nothing
 * offers an update or delete of an entry.
 */
package org.claimdesk.audit;
