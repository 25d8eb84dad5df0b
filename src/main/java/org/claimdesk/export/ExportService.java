package org.claimdesk.export;

import org.claimdesk.security.CurrentUser;
import org.claimdesk.security.Role;
import org.claimdesk.shared.InputRejectedException;
import org.springframework.data.domain.Limit;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * Exports claims, the same for the UI and the API: checks the filter, picks the writer of the format from the
 * {@link RowWriterFactory} beans, and writes the claims a page at a time, each page read in its own read-only
 * transaction, so neither memory nor a transaction grows with the export. Every export is recorded, first as
 * started and then with its row count and whether it completed. Editors and admins only; each reads only the
 * claims of their teams (admins: all).
 */
@Service
public class ExportService {

    /** How many records the exports list shows. */
    public static final int RECENT = 200;

    private final List<RowWriterFactory> factories;
    private final ExportRows rows;
    private final ExportRecordRepository records;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final TransactionTemplate reading;
    private final TransactionTemplate recording;
    private final ExportMetrics metrics;

    private final org.claimdesk.security.TeamAccess teams;

    ExportService(List<RowWriterFactory> factories, ExportRows rows, ExportRecordRepository records,
                  CurrentUser currentUser, Clock clock, PlatformTransactionManager transactions,
                  org.claimdesk.security.TeamAccess teams, ExportMetrics metrics) {
        this.teams = teams;
        this.metrics = metrics;
        this.factories = List.copyOf(factories);
        this.rows = rows;
        this.records = records;
        this.currentUser = currentUser;
        this.clock = clock;
        this.reading = new TransactionTemplate(transactions);
        this.reading.setReadOnly(true);
        this.recording = new TransactionTemplate(transactions);
        this.recording.setPropagationBehavior(TransactionTemplate.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Refuses, before anything is written, what {@link #export} would refuse: a format nobody writes (400), a
     * filter that makes no sense (400), another team's article or team (404). Returns how many claims match.
     */
    @PreAuthorize(Role.EDITORS)
    public long check(ExportFilter filter, ExportFormat format) {
        writerFactory(format);
        validate(filter);
        return reading.execute(s -> rows.count(filter));
    }

    /**
     * Writes the claims of {@code filter} in {@code format} onto {@code out} (left open), telling {@code progress}
     * after each page and stopping with {@link ExportCancelledException} before the next page once it says
     * cancelled. The export is recorded either way.
     */
    @PreAuthorize(Role.EDITORS)
    public ExportResult export(ExportFilter filter, ExportFormat format, OutputStream out, ExportProgress progress)
            throws IOException {
        RowWriterFactory factory = writerFactory(format);
        validate(filter);
        ExportProgress listener = progress == null ? ExportProgress.NONE : progress;
        long total = reading.execute(s -> rows.count(filter));
        String title = reading.execute(s -> title(filter));
        long recordId = recording.execute(s -> records.save(
                new ExportRecord(currentUser.name(), clock.instant(), filter.describe(), format)).getId());
        long written = 0;
        boolean completed = false;
        try (RowWriter writer = factory.open(format, out, title)) {
            writer.begin();
            long after = Long.MIN_VALUE;
            while (true) {
                if (listener.cancelled()) {
                    throw new ExportCancelledException(written);
                }
                long from = after;
                List<ExportRow> page = reading.execute(s -> rows.page(filter, from));
                for (ExportRow row : page) {
                    writer.row(row);
                }
                written += page.size();
                if (!page.isEmpty()) {
                    after = page.getLast().claimId();
                    listener.written(written, Math.max(total, written));
                }
                if (page.size() < ExportRows.PAGE) {
                    break;
                }
            }
            writer.end();
            completed = true;
        } finally {
            long count = written;
            boolean done = completed;
            recording.executeWithoutResult(s -> records.findById(recordId)
                    .ifPresent(r -> r.finish(count, done, clock.instant())));
            metrics.finished(format, count, done);
        }
        return new ExportResult(recordId, written);
    }

    /** The file name of an export made now: {@code claimdesk-<what>-<date>.<ext>}. */
    public String fileName(ExportFilter filter, ExportFormat format) {
        String what;
        if (filter.articleId() != null) {
            what = "article-" + filter.articleId();
        } else if (filter.teamId() != null) {
            what = "team-" + filter.teamId();
        } else if (filter.allStatuses()) {
            what = "claims";
        } else if (filter.statuses().size() == 1) {
            what = filter.statuses().iterator().next().name().toLowerCase().replace('_', '-') + "-claims";
        } else {
            what = "claims";
        }
        return "claimdesk-" + what + "-" + LocalDate.now(clock.withZone(ZoneOffset.UTC)) + "." + format.extension;
    }

    /**
     * The latest exports, newest first (at most {@value #RECENT}): an admin's list has everyone's; an editor's has
     * those of the people in their teams (their filters name the desk's articles, which other desks never see).
     */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.EDITORS)
    public List<ExportRecordDetails> recent() {
        if (currentUser.hasAnyRole(Role.ADMIN_NAME)) {
            return records.findAllByOrderByExportedAtDescIdDesc(Limit.of(RECENT)).stream().map(ExportRecord::view).toList();
        }
        java.util.Set<String> colleagues = new java.util.HashSet<>();
        colleagues.add(currentUser.name());
        teams.usableTeams().forEach(t -> colleagues.addAll(t.members()));
        return records.findByExportedByInOrderByExportedAtDescIdDesc(colleagues, Limit.of(RECENT)).stream()
                .map(ExportRecord::view).toList();
    }

    /** Whether some writer serves the format (the UI offers only those). */
    public boolean available(ExportFormat format) {
        return findFactory(format).isPresent();
    }

    private RowWriterFactory writerFactory(ExportFormat format) {
        if (format == null) {
            throw new InputRejectedException("format", "Choose a format.");
        }
        return findFactory(format)
                .orElseThrow(() -> new InputRejectedException("format", "This format is not available."));
    }

    private Optional<RowWriterFactory> findFactory(ExportFormat format) {
        return factories.stream().filter(f -> f.formats().contains(format)).findFirst();
    }

    private static void validate(ExportFilter filter) {
        if (filter == null) {
            throw new InputRejectedException("Choose which claims to export.");
        }
        if (filter.from() != null && filter.to() != null && filter.from().isAfter(filter.to())) {
            throw new InputRejectedException("from", "The start date is after the end date.");
        }
    }

    /** What the export is called inside (the report's heading): the article's title, or which claims. */
    private String title(ExportFilter filter) {
        if (filter.articleId() != null) {
            return rows.articleTitle(filter.articleId()).orElse("Article " + filter.articleId());
        }
        if (filter.allStatuses()) {
            return "Claims";
        }
        if (filter.statuses().size() == 1) {
            String s = filter.statuses().iterator().next().name().toLowerCase().replace('_', ' ');
            return Character.toUpperCase(s.charAt(0)) + s.substring(1) + " claims";
        }
        return "Claims";
    }
}
