package org.claimdesk.export;

/** A finished export: its record's id and how many claims it wrote. */
public record ExportResult(long recordId, long rows) {
}
