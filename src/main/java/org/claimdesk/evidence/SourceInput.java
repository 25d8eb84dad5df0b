package org.claimdesk.evidence;

import java.time.LocalDate;

/**
 * A source as a fact-checker enters it.
 *
 * @param url         http or https only
 * @param publisher   the outlet's name as written (the register keys outlets by the link's domain)
 * @param excerpt     the passage that matters
 * @param archivedUrl optional archived copy, http or https only
 */
public record SourceInput(String url, String title, String publisher, String author, LocalDate publishedAt,
                          LocalDate accessedAt, Stance stance, String excerpt, String archivedUrl) {
}
