package org.claimdesk.export;

/**
 * Told after every page an export wrote; asked before every page whether to go on. The UI moves its progress
 * bar and answers its Cancel button through it; the API has no progress and never cancels.
 */
public interface ExportProgress {

    ExportProgress NONE = (rows, total) -> { };

    /** {@code rows} written so far of about {@code total} (the count when the export started). */
    void written(long rows, long total);

    /** True to stop the export before its next page. */
    default boolean cancelled() {
        return false;
    }
}
