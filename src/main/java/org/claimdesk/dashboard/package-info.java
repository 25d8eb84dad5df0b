/**
 * The dashboard: where the signed-in user's teams stand (claims by status and rating, progress per article,
 * each reviewer's load and throughput, how long claims take to a verdict and to approval, the unassigned claims,
 * verdicts per week), each figure counted in the database with one GROUP BY query, never a row per claim, and
 * drawn as server-side SVG charts whose bars open the claims grid filtered to them.
 * <p>
 * Known coupling, written down here because Spring Modulith does not see a table: {@code DashboardQueries} reads
 * the claim module's {@code claim}, the article module's {@code article}, the evidence module's {@code verdict},
 * the review module's {@code assignment} and the security module's {@code app_user} (display names) tables with
 * plain SQL that runs on H2 and PostgreSQL alike. The definitions follow the team board's: "done" is a verified
 * claim whose verdict was approved since Monday, "unassigned" is a claim not verified that nobody is assigned.
 */
package org.claimdesk.dashboard;
