/**
 * The prior checks' screens: the "Prior checks" list with its import dialog (paste or upload), and the claim
 * page's section that shows the prior checks linked to a claim, accepts or dismisses suggested ones and links
 * one found by words. They call {@link org.claimdesk.priorcheck.PriorCheckService} and
 * {@link org.claimdesk.priorcheck.PriorCheckLinks} only.
 */
package org.claimdesk.priorcheck.ui;
