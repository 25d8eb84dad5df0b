/**
 * Review work around the claims: for now the in-app notifications (approval requested, my verdict approved or
 * sent back, @mentioned in a comment). They are made from the typed events other modules publish
 * ({@code VerdictGiven}, {@code VerdictApproved}, {@code ClaimReopened}, {@code CommentAdded}), handled after
 * the change commits through Spring Modulith's {@code @ApplicationModuleListener} with the JPA event publication
 * registry, so a failing listener neither rolls the change back nor loses the event (it stays incomplete in
 * {@code event_publication} and is resubmitted).
 * <p>
 * Known coupling: the overdue reminders (a scheduled job, with nobody signed in) read the claim's status and its
 * article's team with one native query over the {@code claim} and {@code article} tables.
 */
package org.claimdesk.review;
