package org.claimdesk.generate;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/** The generator's batch per table, flushed parents first (foreign keys, and PostgreSQL's claim trigger). */
final class Batches implements AutoCloseable {

    final Batch articles;
    final Batch claims;
    final Batch quantities;
    final Batch sources;
    final Batch verdicts;
    final Batch assignments;
    final Batch comments;
    final Batch history;
    private final List<Batch> all;

    Batches(Connection c) throws SQLException {
        articles = new Batch(c, "article", "id, title, source_url, publisher, published_at, full_text, content_hash, "
                + "created_by, created_at, updated_by, updated_at, version, team_id");
        claims = new Batch(c, "claim", "id, article_id, claim_text, sentence, start_offset, end_offset, claimant, "
                + "claimant_description, cue, via, claim_type, hedges, check_worthiness, status, version, created_at, "
                + "updated_at, updated_by, origin, created_by");
        quantities = new Batch(c, "quantity", "id, claim_id, position, text_as_written, normalized_value, unit, approximate");
        sources = new Batch(c, "source", "id, claim_id, url, domain, title, publisher_name, author, published_at, "
                + "accessed_at, stance, excerpt, archived_url, created_by, created_at, updated_by, updated_at, version");
        verdicts = new Batch(c, "verdict", "claim_id, attribution, rating, rationale, override_reason, author, decided_at, "
                + "approved_by, approved_at, version, created_by, created_at, updated_by, updated_at");
        assignments = new Batch(c, "assignment", "claim_id, assignee, due_date, priority, created_by, created_at, "
                + "updated_by, updated_at, version, overdue_reminded_at");
        comments = new Batch(c, "claim_comment", "id, claim_id, author, at, body");
        history = new Batch(c, "audit_entry", "id, entity_type, entity_id, article_id, action, field, before_value, "
                + "after_value, actor, at");
        all = List.of(articles, claims, quantities, sources, verdicts, assignments, comments, history);
    }

    void flush() throws SQLException {
        for (Batch b : all) {
            b.flush();
        }
    }

    long rows() {
        return all.stream().mapToLong(b -> b.rows).sum();
    }

    @Override
    public void close() throws SQLException {
        for (Batch b : all) {
            b.close();
        }
    }
}
