package org.claimdesk.export;

import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;

import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The JSON export: one array, an object a claim with its article and verdict nested and its sources as an array,
 * written with Jackson's streaming generator as rows come. Field names are stable and documented in the README
 * ("Export formats"); a missing value is {@code null}, never left out, so every object has the same fields.
 */
final class JsonRowWriter implements RowWriter {

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

    private final JsonGenerator json;

    JsonRowWriter(OutputStream out) {
        this.json = FACTORY.createGenerator(ObjectWriteContext.empty(), out, JsonEncoding.UTF8);
    }

    @Override
    public void begin() {
        json.writeStartArray();
    }

    @Override
    public void row(ExportRow r) {
        json.writeStartObject();
        json.writeNumberProperty("claimId", r.claimId());
        json.writeStringProperty("claim", r.claimText());
        json.writeStringProperty("claimant", r.claimant());
        json.writeStringProperty("claimantDescription", r.claimantDescription());
        json.writeStringProperty("via", r.via());
        json.writeStringProperty("type", r.type());
        json.writeArrayPropertyStart("figures");
        for (String f : r.figures()) {
            json.writeString(f);
        }
        json.writeEndArray();
        json.writeStringProperty("status", r.status());
        json.writeStringProperty("createdAt", text(r.claimCreatedAt()));

        json.writeObjectPropertyStart("article");
        json.writeNumberProperty("id", r.articleId());
        json.writeStringProperty("title", r.articleTitle());
        json.writeStringProperty("url", r.articleUrl());
        json.writeStringProperty("publisher", r.articlePublisher());
        json.writeStringProperty("publishedAt", text(r.articlePublishedAt()));
        json.writeEndObject();

        if (r.rating() == null) {
            json.writeNullProperty("verdict");
        } else {
            json.writeObjectPropertyStart("verdict");
            json.writeStringProperty("attribution", r.attribution());
            json.writeStringProperty("rating", r.rating());
            json.writeStringProperty("ratingLabel", r.ratingLabel());
            if (r.ratingScore() == null) {
                json.writeNullProperty("ratingScore");
            } else {
                json.writeNumberProperty("ratingScore", r.ratingScore());
            }
            json.writeStringProperty("rationale", r.rationale());
            json.writeStringProperty("author", r.verdictAuthor());
            json.writeStringProperty("decidedAt", text(r.decidedAt()));
            json.writeStringProperty("approvedBy", r.approvedBy());
            json.writeStringProperty("approvedAt", text(r.approvedAt()));
            json.writeEndObject();
        }

        json.writeArrayPropertyStart("sources");
        for (ExportSource s : r.sources()) {
            json.writeStartObject();
            json.writeStringProperty("url", s.url());
            json.writeStringProperty("title", s.title());
            json.writeStringProperty("publisher", s.publisher());
            json.writeStringProperty("stance", s.stance());
            json.writeStringProperty("publishedAt", text(s.publishedAt()));
            json.writeStringProperty("archivedUrl", s.archivedUrl());
            json.writeStringProperty("reliability", s.reliability());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeNumberProperty("independentOutlets", r.independentOutlets());
        json.writeStringProperty("assignee", r.assignee());
        json.writeStringProperty("claimReviewed", r.claimReviewed());
        json.writeStringProperty("publicUrl", r.publicUrl());
        json.writeEndObject();
    }

    private static String text(Instant at) {
        return at == null ? null : at.toString();
    }

    private static String text(LocalDate day) {
        return day == null ? null : day.toString();
    }

    @Override
    public void end() {
        json.writeEndArray();
    }

    @Override
    public void close() {
        json.close(); // flushes; AUTO_CLOSE_TARGET is off, so the caller's stream stays open
    }
}
