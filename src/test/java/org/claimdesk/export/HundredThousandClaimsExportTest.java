package org.claimdesk.export;

import org.claimdesk.AsUser;
import org.claimdesk.ClaimDeskSpringTest;
import org.claimdesk.TestArticles;
import org.claimdesk.security.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.core.context.SecurityContextHolder;

import java.io.OutputStream;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An export of 100,000 claims keeps memory flat: the claims are read and written a page at a time, so the heap
 * that stays in use (measured after a garbage collection, before, during and after the export) does not grow with
 * the row count. The claims go in with plain JDBC batches into an article of a team of their own (nobody but
 * admins sees it) and are removed afterwards. The timing is printed, not asserted.
 */
@ClaimDeskSpringTest
@Tag("slow") // about a minute on a busy 2-core machine; -DexcludedGroups=slow leaves it out
class HundredThousandClaimsExportTest {

    private static final int CLAIMS = 100_000;
    private static final long MAX_GROWTH = 50L * 1024 * 1024;

    @Autowired
    ExportService exports;
    @Autowired
    JdbcTemplate jdbc;

    private Long teamId;
    private Long articleId;

    @AfterEach
    void cleanUp() {
        SecurityContextHolder.clearContext();
        if (articleId != null) {
            jdbc.update("delete from claim where article_id = ?", articleId);
            jdbc.update("delete from article where id = ?", articleId);
        }
        if (teamId != null) {
            jdbc.update("delete from team where id = ?", teamId);
        }
    }

    @Test
    void an_export_of_100000_claims_keeps_the_heap_in_use_under_50_mb_of_growth() throws Exception {
        long insertStart = System.nanoTime();
        insertClaims();
        long inserted = System.nanoTime();

        AsUser.signIn("admin", Role.ADMIN_NAME);
        Runtime runtime = Runtime.getRuntime();
        long baseline = usedAfterGc(runtime);
        AtomicLong peakLive = new AtomicLong(baseline);
        AtomicLong peakSampled = new AtomicLong(baseline);
        AtomicBoolean sampling = new AtomicBoolean(true);
        Thread sampler = Thread.ofPlatform().daemon().start(() -> {
            while (sampling.get()) {
                peakSampled.accumulateAndGet(runtime.totalMemory() - runtime.freeMemory(), Math::max);
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        CountingSink sink = new CountingSink();
        AtomicLong pages = new AtomicLong();
        long exportStart = System.nanoTime();
        ExportResult result = exports.export(ExportFilter.ofArticle(articleId), ExportFormat.CSV, sink,
                (rows, total) -> {
                    // every 40 pages (20,000 rows) the heap still in use mid-export, after a collection
                    if (pages.incrementAndGet() % 40 == 0) {
                        peakLive.accumulateAndGet(usedAfterGc(runtime), Math::max);
                    }
                });
        long exported = System.nanoTime();
        sampling.set(false);
        sampler.join();
        long after = usedAfterGc(runtime);

        assertThat(result.rows()).isEqualTo(CLAIMS);
        assertThat(sink.lines).isEqualTo(CLAIMS + 1L);
        System.out.printf("100k export: insert %d ms, CSV export %d ms, %d bytes; heap in use before %d MB, "
                        + "highest mid-export (after GC) %d MB, after %d MB; highest sampled (with garbage) %d MB%n",
                (inserted - insertStart) / 1_000_000, (exported - exportStart) / 1_000_000, sink.bytes,
                baseline >> 20, peakLive.get() >> 20, after >> 20, peakSampled.get() >> 20);
        assertThat(peakLive.get() - baseline).isLessThan(MAX_GROWTH);
        assertThat(after - baseline).isLessThan(MAX_GROWTH);
    }

    private static long usedAfterGc(Runtime runtime) {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }

    private void insertClaims() {
        String tag = TestArticles.uniqueTag();
        Timestamp now = Timestamp.from(Instant.now());
        teamId = insert("insert into team (name, created_by, created_at, updated_by, updated_at, version) "
                + "values (?, 'test', ?, 'test', ?, 0)", "Bulk export " + tag, now, now);
        articleId = insert("insert into article (title, source_url, publisher, published_at, full_text, content_hash, "
                        + "created_by, created_at, updated_by, updated_at, version, team_id) "
                        + "values (?, ?, 'Courier', null, 'Bulk text', ?, 'test', ?, 'test', ?, 0, ?)",
                "Bulk export " + tag, "https://bulk.example/" + tag, "bulk-" + tag, now, now, teamId);
        String sql = "insert into claim (article_id, claim_text, sentence, start_offset, end_offset, claimant, "
                + "claim_type, check_worthiness, status, version, created_at, updated_at, created_by, updated_by) "
                + "values (?, ?, ?, 0, 10, ?, 'STATISTIC', 0.5, 'VERIFIED', 0, ?, ?, 'test', 'test')";
        List<Object[]> batch = new ArrayList<>(5_000);
        for (int i = 0; i < CLAIMS; i++) {
            String text = (i % 10 == 0 ? "=SUM(A1:A9) " : "") + "The port handled " + i + " containers in May, "
                    + "the highest number since the quay was built.";
            batch.add(new Object[]{articleId, text, text, "Port director " + (i % 50), now, now});
            if (batch.size() == 5_000) {
                jdbc.batchUpdate(sql, batch);
                batch.clear();
            }
        }
        jdbc.batchUpdate(sql, batch);
    }

    private Long insert(String sql, Object... args) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            PreparedStatement s = connection.prepareStatement(sql, new String[]{"id"});
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            return s;
        }, keys);
        return keys.getKey().longValue();
    }

    /** Counts bytes and lines and keeps none. */
    private static final class CountingSink extends OutputStream {
        long bytes;
        long lines;

        @Override
        public void write(int b) {
            bytes++;
            if (b == '\n') {
                lines++;
            }
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes += len;
            for (int i = off; i < off + len; i++) {
                if (b[i] == '\n') {
                    lines++;
                }
            }
        }
    }
}
