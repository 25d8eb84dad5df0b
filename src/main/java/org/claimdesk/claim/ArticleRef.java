package org.claimdesk.claim;

/** An article as a claim filter offers it: id and title. */
public record ArticleRef(long id, String title) {
}
