package org.claimdesk.evidence;

import java.time.LocalDate;

/** A source's fields after validation (link normalized, outlet domain worked out). */
record SourceData(String url, String domain, String title, String publisher, String author, LocalDate publishedAt,
                  LocalDate accessedAt, Stance stance, String excerpt, String archivedUrl) {

    /** One line for the history. */
    String summary() {
        return stance + " " + url + (title == null ? "" : " (" + title + ")");
    }
}
