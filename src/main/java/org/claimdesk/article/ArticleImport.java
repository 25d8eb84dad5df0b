package org.claimdesk.article;

import java.time.LocalDate;

/**
 * An article to import, as the dialog or the API gives it.
 *
 * @param url       optional; http or https only
 * @param publisher optional
 * @param publishedAt optional
 * @param teamId    optional: the importer's only team when not given (see TeamAccess#teamForImport)
 */
public record ArticleImport(String title, String url, String publisher, LocalDate publishedAt, String text,
                            Long teamId) {

    /** An import into the importer's only team. */
    public ArticleImport(String title, String url, String publisher, LocalDate publishedAt, String text) {
        this(title, url, publisher, publishedAt, text, null);
    }
}
