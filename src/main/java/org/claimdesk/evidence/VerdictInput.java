package org.claimdesk.evidence;

/**
 * A verdict as a fact-checker gives it.
 *
 * @param overrideReason an editor's reason to rate TRUE or MOSTLY_TRUE without two independent supporting
 *                       publishers; ignored otherwise
 * @param version        the claim's version the fact-checker saw
 */
public record VerdictInput(Attribution attribution, Rating rating, String rationale, String overrideReason,
                           Long version) {
}
