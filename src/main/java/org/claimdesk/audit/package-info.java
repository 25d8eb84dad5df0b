/**
 * The append-only history of every change. Other modules publish {@link org.claimdesk.shared.ChangeRecorded}
 * events; this module stores them and shows them. Nothing offers an update or delete of an entry.
 */
package org.claimdesk.audit;
