/**
 * Review work around the claims: for now the in-app notifications (approval requested, my verdict approved or
 * sent back, @mentioned in a comment). They are made from the typed events other modules publish
 * ({@code VerdictGiven}, {@code VerdictApproved}, {@code ClaimReopened}, {@code CommentAdded}), handled after
 * the change commits through Spring Modulith's {@code @ApplicationModuleListener} with the JPA event publication
 * registry, so a failing listener neither rolls the change back nor loses the event (it stays incomplete in
 * {@code event_publication} and is resubmitted).
 * <p>
 * Known coupling, written down here because Spring Modulith does not see a table: the overdue reminders (a
 * scheduled job, with nobody signed in) read the claim's status and its article's team with one native query over
 * the {@code claim} and {@code article} tables; the team board ({@code TeamBoardRepository}) counts and orders in
 * SQL over the claim module's {@code claim}, the article module's {@code article} and the evidence module's
 * {@code verdict} tables (a claim is "done" when its verdict was approved: {@code verdict.approved_at}).
 * <p>
 * Bulk actions (assign, priority, due date, reopen, a whole article) run claim by claim in their own transactions
 * with a result per claim ({@code BulkRun}). Bulk reopen is here, not in evidence, as a loop over
 * {@code VerdictService.reopen}: review may depend on evidence, never the other way round.
 */
package org.claimdesk.review;
