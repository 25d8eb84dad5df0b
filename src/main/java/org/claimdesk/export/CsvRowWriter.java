package org.claimdesk.export;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The CSV export: RFC 4180 (commas, CRLF, quotes doubled), UTF-8 with a byte order mark so spreadsheets read
 * the accents right, a header row and one row a claim. Every cell is {@link CsvCells#neutralize neutralized}.
 */
final class CsvRowWriter implements RowWriter {

    /** The header row; stable names, documented in the README ("Export formats"). */
    static final List<String> COLUMNS = List.of("claim_id", "article_title", "article_url", "claim", "claimant",
            "claimant_description", "via", "type", "figures", "attribution", "rating", "rating_label", "rationale",
            "sources", "independent_outlets", "status", "assignee", "reviewer", "approver", "created_at",
            "decided_at", "approved_at", "article_published_at");

    private final Writer writer;
    private final CSVPrinter printer;

    CsvRowWriter(OutputStream out) throws IOException {
        this.writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        this.printer = new CSVPrinter(writer, CSVFormat.RFC4180);
    }

    @Override
    public void begin() throws IOException {
        writer.write('\uFEFF');
        printer.printRecord(COLUMNS);
    }

    @Override
    public void row(ExportRow r) throws IOException {
        List<String> cells = new ArrayList<>(COLUMNS.size());
        cells.add(String.valueOf(r.claimId()));
        cells.add(r.articleTitle());
        cells.add(r.articleUrl());
        cells.add(r.claimText());
        cells.add(r.claimant());
        cells.add(r.claimantDescription());
        cells.add(r.via());
        cells.add(r.type());
        cells.add(String.join("; ", r.figures()));
        cells.add(r.attribution());
        cells.add(r.rating());
        cells.add(r.ratingLabel());
        cells.add(r.rationale());
        cells.add(String.valueOf(r.sources().size()));
        cells.add(String.valueOf(r.independentOutlets()));
        cells.add(r.status());
        cells.add(r.assignee());
        cells.add(r.verdictAuthor());
        cells.add(r.approvedBy());
        cells.add(text(r.claimCreatedAt()));
        cells.add(text(r.decidedAt()));
        cells.add(text(r.approvedAt()));
        cells.add(r.articlePublishedAt() == null ? null : r.articlePublishedAt().toString());
        printer.printRecord(cells.stream().map(CsvCells::neutralize).map(c -> Objects.toString(c, "")).toList());
    }

    private static String text(Instant at) {
        return at == null ? null : at.toString();
    }

    @Override
    public void end() {
        // no footer
    }

    /** Flushes; the caller's stream stays open (the printer is not closed, it would close it). */
    @Override
    public void close() throws IOException {
        printer.flush();
        writer.flush();
    }
}
