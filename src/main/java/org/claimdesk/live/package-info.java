/**
 * Live updates to open screens: when someone changes a claim, every screen that shows it refreshes within a
 * moment, and a claim page shows who else has it open. Views subscribe through the one {@link
 * org.claimdesk.live.Broadcaster} interface on attach and unsubscribe on detach, and update through
 * {@code UI.access} (server push). The in-process implementation serves one node (the embedded H2 set-up); with
 * PostgreSQL, {@link org.claimdesk.live.PostgresBroadcaster} also reaches the other nodes through LISTEN/NOTIFY,
 * presence included ({@link org.claimdesk.live.LiveConfiguration} chooses). Changes are broadcast after their
 * transaction commits, never before.
 */
package org.claimdesk.live;
