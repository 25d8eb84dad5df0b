package org.claimdesk.generate;

import jakarta.persistence.EntityManagerFactory;
import org.claimdesk.claim.ClaimStatus;
import org.claimdesk.export.ExportFilter;
import org.claimdesk.export.ExportFormat;
import org.claimdesk.export.ExportService;
import org.claimdesk.security.CurrentUser;
import org.claimdesk.security.Role;
import org.claimdesk.security.TeamAccess;
import org.claimdesk.security.TeamScope;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.postgresql.PGConnection;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * CSV export of about {@value #ROWS} claims (every status, the newest of the user's teams: a "from" day chosen so
 * that at least that many match) through {@link ExportService}, as the UI and the API call it, into a stream that
 * counts and discards; then, in the same run and alternating with it, PostgreSQL's own
 * {@code COPY (SELECT ...) TO STDOUT WITH CSV} of the same rows and the same columns (pgjdbc's CopyManager into
 * the same kind of stream). Each export also reports what it did to the heap ({@link HeapWatch}).
 */
@Component
class ExportBench {

    static final int ROWS = 100_000;

    private final ExportService exports;
    private final TeamAccess teams;
    private final CurrentUser currentUser;
    private final DataSource dataSource;
    private final Statistics statistics;

    ExportBench(ExportService exports, TeamAccess teams, CurrentUser currentUser, DataSource dataSource,
                EntityManagerFactory entityManagerFactory) {
        this.exports = exports;
        this.teams = teams;
        this.currentUser = currentUser;
        this.dataSource = dataSource;
        this.statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
    }

    /** Bytes written, thrown away. */
    static final class Discard extends OutputStream {
        long bytes;

        @Override
        public void write(int b) {
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes += len;
        }
    }

    void run(String user, Role role, int warmup, int runs, String only, PrintStream out) throws SQLException {
        if (only != null && !"export".contains(only) && !only.contains("export")) {
            return;
        }
        TeamScope scope = currentUser.runAs(user, role, teams::scope);
        if (!scope.all() && scope.teamIds().isEmpty()) {
            out.println("export: " + user + " sees no claims");
            return;
        }
        LocalDate from = fromDay(scope);
        ExportFilter filter = new ExportFilter(ExportFilter.ALL_STATUSES, null, null, from, null, null, null);
        long matching = currentUser.runAs(user, role, () -> exports.check(filter, ExportFormat.CSV));
        String copy = postgres() ? copySql(scope, from) : null; // COPY is PostgreSQL's: on H2 the export alone
        out.println();
        out.printf("export: CSV of the claims of %s's teams created from %s on (%,d claims, every status), %d warm-up and %d timed runs, alternating with COPY%n",
                user, from == null ? "the start" : from, matching, warmup, runs);
        for (int i = 0; i < warmup; i++) {
            export(user, role, filter);
            copy(copy, new Discard());
        }
        double[] exportMs = new double[runs];
        double[] copyMs = new double[runs];
        long statements = 0;
        long exportBytes = 0;
        long copyBytes = 0;
        long copyRows = 0;
        long written = 0;
        HeapWatch.Heap worst = null;
        for (int i = 0; i < runs; i++) {
            HeapWatch watch = HeapWatch.start();
            statistics.clear();
            long start = System.nanoTime();
            Discard sink = export(user, role, filter);
            exportMs[i] = (System.nanoTime() - start) / 1e6;
            statements = statistics.getPrepareStatementCount();
            HeapWatch.Heap heap = watch.stop();
            if (worst == null || heap.peakGrowth() > worst.peakGrowth()) {
                worst = heap;
            }
            exportBytes = sink.bytes;
            start = System.nanoTime();
            Discard copied = new Discard();
            copyRows = copy(copy, copied);
            copyMs[i] = (System.nanoTime() - start) / 1e6;
            copyBytes = copied.bytes;
        }
        Arrays.sort(exportMs);
        Arrays.sort(copyMs);
        out.println("| export | median s | p95 s | SQL statements | MB written | ratio to COPY (median) |");
        out.println("|--------|---------:|------:|---------------:|-----------:|-----------------------:|");
        out.printf(Locale.ROOT, "| ExportService CSV | %.2f | %.2f | %d | %.1f | %.1f× |%n", ServiceBench.median(exportMs) / 1000,
                ServiceBench.p95(exportMs) / 1000, statements, exportBytes / 1e6, ServiceBench.median(exportMs) / ServiceBench.median(copyMs));
        if (copy != null) {
            out.printf(Locale.ROOT, "| COPY ... TO STDOUT WITH CSV (%,d rows) | %.2f | %.2f | 1 | %.1f | 1× |%n", copyRows,
                    ServiceBench.median(copyMs) / 1000, ServiceBench.p95(copyMs) / 1000, copyBytes / 1e6);
        }
        out.printf(Locale.ROOT, "export heap (worst of %d runs): allocated by the exporting thread %.0f MB; heap after a full GC %+.1f MB; "
                        + "peak heap in use after a GC during the export %+.1f MB over before (%d GCs during it)%n",
                runs, worst.allocated() / 1e6, worst.retained() / 1e6, worst.peakGrowth() / 1e6, worst.collections());
        out.printf(Locale.ROOT, "export heap live mid-export (full GC every 20,000 rows, an untimed run): %+.1f MB over before%n",
                liveGrowth(user, role, filter) / 1e6);
    }

    private Discard export(String user, Role role, ExportFilter filter) {
        return export(user, role, filter, null);
    }

    /**
     * The heap in use mid-export after a full collection, every 40 pages (20,000 rows), less the same before the
     * export: what the export holds live at once (an untimed run: the collections take time).
     */
    private long liveGrowth(String user, Role role, ExportFilter filter) {
        long before = usedAfterFullGc();
        long[] peak = {before};
        long[] pages = {0};
        export(user, role, filter, (rows, total) -> {
            if (++pages[0] % 40 == 0) {
                peak[0] = Math.max(peak[0], usedAfterFullGc());
            }
        });
        return peak[0] - before;
    }

    private static long usedAfterFullGc() {
        System.gc();
        System.gc();
        return java.lang.management.ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private Discard export(String user, Role role, ExportFilter filter, org.claimdesk.export.ExportProgress progress) {
        Discard sink = new Discard();
        currentUser.runAs(user, role, () -> {
            try {
                return exports.export(filter, ExportFormat.CSV, sink, progress).rows();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return sink;
    }

    private long copy(String sql, OutputStream sink) throws SQLException {
        if (sql == null) {
            return 0;
        }
        try (Connection c = dataSource.getConnection()) {
            return c.unwrap(PGConnection.class).getCopyAPI().copyOut(sql, sink);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private boolean postgres() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            return c.isWrapperFor(PGConnection.class);
        }
    }

    /** The newest day from which on the user's teams have at least {@value #ROWS} claims (null: fewer in all). */
    private LocalDate fromDay(TeamScope scope) throws SQLException {
        String sql = "select c.created_at from claim c join article a on a.id = c.article_id" + teamsWhere(scope, " where ")
                + " order by c.created_at desc offset " + (ROWS - 1) + " limit 1";
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql);
             ResultSet r = s.executeQuery()) {
            return r.next() ? r.getTimestamp(1).toInstant().atZone(ZoneOffset.UTC).toLocalDate() : null;
        }
    }

    private static String teamsWhere(TeamScope scope, String keyword) {
        return scope.all() ? "" : keyword + "a.team_id in (" + scope.teamIds().stream().map(String::valueOf)
                .collect(Collectors.joining(",")) + ")";
    }

    /**
     * The CSV export's rows and columns in one statement ({@code CsvRowWriter.COLUMNS}): the claim and its
     * article, figures, verdict with its rating label, how many sources and supporting outlets (domains), the
     * assignee. Timestamps are PostgreSQL's text, not ISO-8601, and no formula neutralizing: close enough to time.
     */
    static String copySql(TeamScope scope, LocalDate from) {
        String where = teamsWhere(scope, " and ");
        if (from != null) {
            where += " and c.created_at >= timestamptz '" + from.atStartOfDay(ZoneOffset.UTC).toInstant() + "'";
        }
        return "copy (select c.id, a.title, a.source_url, c.claim_text, c.claimant, c.claimant_description, c.via,"
                + " c.claim_type,"
                + " (select string_agg(q.text_as_written, '; ' order by q.position) from quantity q where q.claim_id = c.id),"
                + " v.attribution, v.rating, l.label, v.rationale,"
                + " (select count(*) from source s where s.claim_id = c.id),"
                + " (select count(distinct s.domain) from source s where s.claim_id = c.id and s.stance = 'SUPPORTS'),"
                + " c.status, g.assignee, v.author, v.approved_by, c.created_at, v.decided_at, v.approved_at, a.published_at"
                + " from claim c join article a on a.id = c.article_id"
                + " left join verdict v on v.claim_id = c.id left join rating_label l on l.rating = v.rating"
                + " left join assignment g on g.claim_id = c.id"
                + " where c.status in (" + Arrays.stream(ClaimStatus.values()).map(s -> "'" + s.name() + "'")
                .collect(Collectors.joining(",")) + ")" + where
                + " order by c.id) to stdout with (format csv, header)";
    }
}
