package org.claimdesk.export;

/** What an export is written as: its content type and file extension go with it. */
public enum ExportFormat {
    CSV("text/csv; charset=UTF-8", "csv"),
    JSON("application/json", "json"),
    CLAIMREVIEW("application/ld+json", "jsonld"),
    MARKDOWN("text/markdown; charset=UTF-8", "md"),
    HTML("text/html; charset=UTF-8", "html");

    public final String contentType;
    public final String extension;

    ExportFormat(String contentType, String extension) {
        this.contentType = contentType;
        this.extension = extension;
    }
}
