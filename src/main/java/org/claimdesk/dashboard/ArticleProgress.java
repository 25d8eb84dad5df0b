package org.claimdesk.dashboard;

/** One article's claims: how many are verified of all. */
public record ArticleProgress(long articleId, String title, long verified, long total) {
}
