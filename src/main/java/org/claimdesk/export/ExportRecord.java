package org.claimdesk.export;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * An export, written when it starts (not completed, no rows) and updated when it ends, so an export that was
 * cancelled, failed or cut off by a restart is still in the list.
 */
@Entity
@Table(name = "export_record")
class ExportRecord {

    static final int MAX_FILTER = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "exported_by", nullable = false, length = 60)
    private String exportedBy;

    @Column(name = "exported_at", nullable = false)
    private Instant exportedAt;

    @Column(name = "filter_text", nullable = false, length = MAX_FILTER)
    private String filter;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ExportFormat format;

    @Column(name = "row_count", nullable = false)
    private long rowCount;

    @Column(nullable = false)
    private boolean completed;

    @Column(name = "finished_at")
    private Instant finishedAt;

    protected ExportRecord() {
    }

    ExportRecord(String exportedBy, Instant at, String filter, ExportFormat format) {
        this.exportedBy = exportedBy;
        this.exportedAt = at;
        this.filter = filter.length() > MAX_FILTER ? filter.substring(0, MAX_FILTER) : filter;
        this.format = format;
    }

    void finish(long rows, boolean completed, Instant at) {
        this.rowCount = rows;
        this.completed = completed;
        this.finishedAt = at;
    }

    Long getId() { return id; }

    ExportRecordDetails view() {
        return new ExportRecordDetails(id, exportedBy, exportedAt, filter, format, rowCount, completed);
    }
}
