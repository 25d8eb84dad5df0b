/**
 * Taking verified claims out: one export service for the UI and the API, in CSV (spreadsheet-safe), JSON,
 * schema.org ClaimReview JSON-LD and the editor's report (Markdown, printable HTML). Rows are read from the
 * database a page at a time and written as they come ({@link org.claimdesk.export.RowWriter}), so memory does
 * not grow with the number of claims. Every export is recorded (who, when, filter, format, rows).
 */
package org.claimdesk.export;
