package org.claimdesk.evidence;

/**
 * Independent corroboration of a claim: how many distinct publishers (outlets, by domain) have sources that
 * support it, contradict it, or give context. Two sources from one outlet count once.
 */
public record Corroboration(int supportingPublishers, int contradictingPublishers, int contextPublishers) {
}
