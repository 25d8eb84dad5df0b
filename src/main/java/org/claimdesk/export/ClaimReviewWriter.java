package org.claimdesk.export;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;

import java.io.IOException;
import java.io.OutputStream;

/**
 * ClaimReview JSON-LD: one JSON array, one {@code ClaimReview} per verified claim, written as the rows come.
 * A row that is not VERIFIED is left out: its verdict is not approved yet, and a ClaimReview is a published
 * rating, so an export that asked for other statuses still publishes no unapproved verdict.
 */
public final class ClaimReviewWriter implements RowWriter {

    private final ClaimReviewJson json;
    private final JsonGenerator out;

    public ClaimReviewWriter(ClaimReviewJson json, OutputStream out) {
        this.json = json;
        this.out = json.mapper().createGenerator(out);
    }

    @Override
    public void begin() throws IOException {
        try {
            out.writeStartArray();
        } catch (JacksonException e) {
            throw new IOException(e);
        }
    }

    @Override
    public void row(ExportRow row) throws IOException {
        if (!"VERIFIED".equals(row.status())) {
            return;
        }
        try {
            out.writeTree(json.claimReview(row));
        } catch (JacksonException e) {
            throw new IOException(e);
        }
    }

    @Override
    public void end() throws IOException {
        try {
            out.writeEndArray();
            out.flush();
        } catch (JacksonException e) {
            throw new IOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        try {
            out.close(); // AUTO_CLOSE_TARGET is off: flushes, leaves the caller's stream open
        } catch (JacksonException e) {
            throw new IOException(e);
        }
    }
}
