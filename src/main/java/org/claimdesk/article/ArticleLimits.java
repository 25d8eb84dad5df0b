package org.claimdesk.article;

import java.time.LocalDate;

/** Sizes shared by the article entity, the import service, the API and the import dialog. */
public final class ArticleLimits {
    /** Article text, in UTF-8 bytes (1 MiB); also the column size in characters, which is never less. */
    public static final int MAX_TEXT_BYTES = 1_048_576;
    public static final int MAX_TITLE = 300;
    public static final int MAX_URL = org.claimdesk.shared.WebLinks.MAX_URL;
    public static final int MAX_PUBLISHER = 200;
    /** Uploaded files: the text limit plus room for HTML markup around it. */
    public static final int MAX_UPLOAD_BYTES = 2 * 1_048_576;
    public static final int MAX_PAGE_SIZE = 100;
    public static final int MAX_QUERY = 200;
    /** The earliest publication date accepted; earlier ones are typing mistakes (a year of 0024 for 2024). */
    public static final LocalDate EARLIEST_PUBLICATION = LocalDate.of(1800, 1, 1);
    public static final String TOO_EARLY_PUBLICATION = "The publication date must be on or after 1 January 1800.";
    public static final String FUTURE_PUBLICATION = "The publication date cannot be in the future.";

    private ArticleLimits() {
    }
}
