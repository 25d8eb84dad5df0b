package org.claimdesk.export;

/** What publishing did to one claim of an article: published, or not and why. */
public record PublishResult(long claimId, boolean done, String message) {
}
