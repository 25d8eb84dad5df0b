package org.claimdesk.generate;

import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.io.PrintStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.SplittableRandom;

/**
 * Fills the database with generated newsroom work (see {@link ArticleRows}) through JDBC batches on one
 * connection, committing every {@link #CHUNK_CLAIMS} claims or so: the JPA services would take a transaction,
 * events and history per row. Ids are written by the generator (the tables' identities generate them "by
 * default", so an explicit id is allowed), which lets a claim's sources and history go into the same batch as the
 * claim; each identity is moved past the written ids after every commit, so the application's next insert, even
 * after an interrupted run, gets a free id.
 */
@Component
public class DataGenerator {

    static final int CHUNK_CLAIMS = 5_000;
    private static final String[] IDENTITY_TABLES = {"article", "claim", "quantity", "source", "claim_comment",
            "audit_entry"};

    private final DataSource dataSource;
    private final Clock clock;

    DataGenerator(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    /** What a run wrote, and how fast. */
    public record Result(long articles, long claims, long rows, double seconds) {
        public double claimsPerSecond() {
            return claims / seconds;
        }

        public double rowsPerSecond() {
            return rows / seconds;
        }
    }

    /**
     * @throws RealDataException when the database holds real articles and {@code force} is false (nothing written)
     */
    public Result generate(int articles, int claims, boolean force, long seed, PrintStream out) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                return generate(c, articles, claims, force, seed, out);
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(autoCommit);
            }
        }
    }

    private Result generate(Connection c, int articles, int claims, boolean force, long seed, PrintStream out)
            throws SQLException {
        long real = GeneratedData.realArticles(c);
        if (real > 0 && !force) {
            throw new RealDataException(real);
        }
        SplittableRandom random = new SplittableRandom(seed);
        int[] counts = ClaimCounts.spread(articles, claims, random);
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
        Desk desk = Desk.prepare(c, now);
        if (desk.teams.isEmpty()) {
            throw new IllegalStateException("no team with an editor and two members to give the articles to");
        }
        ArticleRows.Ids ids = nextIds(c);
        out.printf("generate: %,d articles, %,d claims over %d teams (%s), seed %d%n", articles, claims,
                desk.teams.size(), String.join(", ", desk.teams.stream().map(Desk.Team::name).toList()), seed);
        Progress progress = new Progress(out, Math.max(CHUNK_CLAIMS, claims / 20 / CHUNK_CLAIMS * CHUNK_CLAIMS), claims);
        long written = 0;
        try (Batches batches = new Batches(c)) {
            ArticleRows rows = new ArticleRows(batches, ids, new SampleText(random), random, now);
            int inChunk = 0;
            for (int i = 0; i < articles; i++) {
                rows.article(desk.teams.get(i % desk.teams.size()), counts[i], i == 0);
                inChunk += counts[i];
                written += counts[i];
                if (inChunk >= CHUNK_CLAIMS || i == articles - 1) {
                    batches.flush();
                    c.commit();
                    restartIdentities(c, ids);
                    progress.committed(written, batches.rows());
                    inChunk = 0;
                }
            }
            double seconds = progress.seconds();
            Result result = new Result(articles, written, batches.rows(), seconds);
            out.printf("generate: done: %,d articles, %,d claims, %,d rows in %.1f s: %,.0f claims/s, %,.0f rows/s%n",
                    articles, written, result.rows(), seconds, result.claimsPerSecond(), result.rowsPerSecond());
            return result;
        }
    }

    private static ArticleRows.Ids nextIds(Connection c) throws SQLException {
        ArticleRows.Ids ids = new ArticleRows.Ids();
        ids.article = GeneratedData.count(c, "select coalesce(max(id), 0) + 1 from article");
        ids.claim = GeneratedData.count(c, "select coalesce(max(id), 0) + 1 from claim");
        ids.quantity = GeneratedData.count(c, "select coalesce(max(id), 0) + 1 from quantity");
        ids.source = GeneratedData.count(c, "select coalesce(max(id), 0) + 1 from source");
        ids.comment = GeneratedData.count(c, "select coalesce(max(id), 0) + 1 from claim_comment");
        ids.audit = GeneratedData.count(c, "select coalesce(max(id), 0) + 1 from audit_entry");
        return ids;
    }

    /** Same statement on H2 and PostgreSQL (identity columns); DDL, so after the chunk's commit. */
    private static void restartIdentities(Connection c, ArticleRows.Ids ids) throws SQLException {
        long[] next = {ids.article, ids.claim, ids.quantity, ids.source, ids.comment, ids.audit};
        try (Statement s = c.createStatement()) {
            for (int i = 0; i < IDENTITY_TABLES.length; i++) {
                s.execute("alter table " + IDENTITY_TABLES[i] + " alter column id restart with " + next[i]);
            }
        }
        c.commit();
    }
}
