/**
 * The append-only history of every change. Other modules publish {@link org.claimdesk.shared.ChangeRecorded}
 * events; this module stores them and shows them. Nothing offers an update or delete of an entry. The
 * history of the registers editors keep (publishers, the rating scale) is read through
 * {@link org.claimdesk.audit.RegisterHistory}, by editors and admins only.
 */
package org.claimdesk.audit;
