package org.claimdesk.article;

import java.time.LocalDate;

/**
 * An article to import, as the dialog or the API gives it.
 *
 * @param url       optional; http or https only
 * @param publisher optional
 * @param publishedAt optional
 */
public record ArticleImport(String title, String url, String publisher, LocalDate publishedAt, String text) {
}
