package org.claimdesk.claim;

import org.flywaydb.core.Flyway;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Claim search on a large PostgreSQL table: fills a database (the real schema, migrated by Flyway) with generated
 * claims once, then times typical searches with the old {@code lower(...) like '%word%'} query and with the
 * full-text query (tsvector + GIN, capped counts) on the same data, and prints the medians and their ratio.
 * Not a test: a command (README "Search", BENCHMARKS.md).
 * <p>
 * The SQL is what Hibernate generates for {@link ClaimSpecifications} (team-scoped, as a fact-checker in two of
 * four teams sees it), written out here so the figures are the database's, not the JVM's warm-up.
 * <p>
 * Arguments / environment: CLAIMDESK_BENCH_DB_URL (default jdbc:postgresql://localhost:5432/claimdesk_h1_bench),
 * CLAIMDESK_BENCH_DB_USER / CLAIMDESK_BENCH_DB_PASSWORD (claimdesk), CLAIMDESK_BENCH_CLAIMS (1,000,000),
 * CLAIMDESK_BENCH_RUNS (7). The database must exist ({@code createdb -O claimdesk claimdesk_h1_bench}).
 */
public final class ClaimSearchBenchmark {

    private static final int CAP = ClaimSearch.COUNT_CAP;

    private ClaimSearchBenchmark() {
    }

    public static void main(String[] args) throws SQLException {
        String url = arg(args, 0, "CLAIMDESK_BENCH_DB_URL", "jdbc:postgresql://localhost:5432/claimdesk_h1_bench");
        String user = env("CLAIMDESK_BENCH_DB_USER", "claimdesk");
        String password = env("CLAIMDESK_BENCH_DB_PASSWORD", "claimdesk");
        int claims = Integer.parseInt(arg(args, 1, "CLAIMDESK_BENCH_CLAIMS", "1000000"));
        int runs = Integer.parseInt(env("CLAIMDESK_BENCH_RUNS", "7"));

        long t0 = System.nanoTime();
        Flyway.configure().dataSource(url, user, password)
                .locations("classpath:db/migration", "classpath:db/migration-postgresql").load().migrate();
        System.out.printf(Locale.ROOT, "migrated in %.1f s%n", (System.nanoTime() - t0) / 1e9);
        try (Connection db = DriverManager.getConnection(url, user, password)) {
            fill(db, claims);
            boolean fullText = hasColumn(db, "claim", "search_vector");
            System.out.printf(Locale.ROOT, "%,d claims, %,d articles, full-text column: %s, %d runs per query, median ms%n",
                    count(db, "select count(*) from claim"), count(db, "select count(*) from article"), fullText, runs);
            System.out.printf(Locale.ROOT, "%-44s %10s %10s %8s %8s%n", "query", "like_ms", "fts_ms", "ratio", "rows");
            for (Search s : searches()) {
                double like = median(db, s.likeSql(), s.likeParams(), runs);
                int rows = rows(db, s.likeSql(), s.likeParams());
                if (fullText) {
                    double fts = median(db, s.ftsSql(), s.ftsParams(), runs);
                    int ftsRows = rows(db, s.ftsSql(), s.ftsParams());
                    System.out.printf(Locale.ROOT, "%-44s %10.1f %10.1f %7.0fx %4d/%-4d%n", s.name(), like, fts,
                            like / Math.max(fts, 0.01), rows, ftsRows);
                } else {
                    System.out.printf(Locale.ROOT, "%-44s %10.1f %10s %8s %8d%n", s.name(), like, "-", "-", rows);
                }
            }
            if (fullText) {
                Search s = searches().get(1);
                System.out.println("\nEXPLAIN ANALYZE " + s.name() + ":");
                try (PreparedStatement st = db.prepareStatement("explain (analyze, buffers) " + s.ftsSql())) {
                    bind(st, s.ftsParams());
                    try (ResultSet r = st.executeQuery()) {
                        while (r.next()) {
                            System.out.println("  " + r.getString(1));
                        }
                    }
                }
            }
        }
    }

    /** One search as the API runs it: the page query or the count, old (like) and new (full text). */
    record Search(String name, String likeSql, List<Object> likeParams, String ftsSql, List<Object> ftsParams) {
    }

    private static final String FROM = " from claim c join article a on a.id = c.article_id where ";
    private static final String TEAMS = " and a.team_id in (1, 2)";
    private static final String COLUMNS = "select c.id, c.claim_text, c.claimant, c.status, a.title";
    private static final String FTS = "c.search_vector @@ websearch_to_tsquery('english', ?)";
    private static final String RANK = " order by ts_rank(c.search_vector, websearch_to_tsquery('english', ?)) desc, c.id";
    private static final String NEWEST = " order by c.created_at desc, c.id";

    static List<Search> searches() {
        List<Search> all = new ArrayList<>();
        for (String[] q : new String[][]{{"one common word", "unemployment"}, {"two words", "climate change"},
                {"rare claimant", "quillfeather"}}) {
            String like = like(q[1]);
            List<Object> likeParams = likeParams(q[1]);
            all.add(new Search(q[0] + ", page 1", COLUMNS + FROM + like + TEAMS + NEWEST + " limit 20", likeParams,
                    COLUMNS + FROM + FTS + TEAMS + RANK + " limit 20", List.of(q[1], q[1])));
            all.add(new Search(q[0] + ", count (fts: capped)", "select count(c.id)" + FROM + like + TEAMS, likeParams,
                    capped(FROM + FTS + TEAMS), List.of(q[1])));
        }
        String word = "unemployment";
        List<Object> withStatus = new ArrayList<>(likeParams(word));
        withStatus.add("IN_REVIEW");
        all.add(new Search("common word + status, page 1",
                COLUMNS + FROM + like(word) + " and c.status = ?" + TEAMS + NEWEST + " limit 20", withStatus,
                COLUMNS + FROM + FTS + " and c.status = ?" + TEAMS + RANK + " limit 20", List.of(word, "IN_REVIEW", word)));
        all.add(new Search("common word + status, count", "select count(c.id)" + FROM + like(word) + " and c.status = ?" + TEAMS,
                withStatus, capped(FROM + FTS + " and c.status = ?" + TEAMS), List.of(word, "IN_REVIEW")));
        int deep = CAP - 20;
        all.add(new Search("common word, deep page (offset " + deep + ")",
                COLUMNS + FROM + like(word) + TEAMS + NEWEST + " limit 20 offset " + deep, likeParams(word),
                COLUMNS + FROM + FTS + TEAMS + RANK + " limit 20 offset " + deep, List.of(word, word)));
        all.add(new Search("no query, count (fts: capped)", "select count(c.id)" + FROM + "true" + TEAMS, List.of(),
                capped(FROM + "true" + TEAMS), List.of()));
        return all;
    }

    private static String like(String query) {
        StringBuilder where = new StringBuilder();
        for (String ignored : query.split("\\s+")) {
            where.append(where.isEmpty() ? "" : " and ")
                    .append("(lower(c.claim_text) like ? escape '\\' or lower(c.claimant) like ? escape '\\')");
        }
        return where.toString();
    }

    private static List<Object> likeParams(String query) {
        List<Object> params = new ArrayList<>();
        for (String w : query.split("\\s+")) {
            params.add("%" + w + "%");
            params.add("%" + w + "%");
        }
        return params;
    }

    /** The capped count as ClaimSearch runs it: the ids, up to cap + 1 of them (the rows read are the count). */
    private static String capped(String from) {
        return "select c.id" + from + " limit " + (CAP + 1);
    }

    /** Generates the claims in SQL (generate_series), once: a second run reuses them. */
    static void fill(Connection db, int claims) throws SQLException {
        if (count(db, "select count(*) from claim") >= claims) {
            return;
        }
        long t0 = System.nanoTime();
        int articles = Math.max(1, claims / 20);
        try (Statement st = db.createStatement()) {
            st.execute("truncate claim, article cascade");
            st.execute("select setseed(0.42)");
            st.execute("""
                    insert into team (name, created_by, created_at, updated_by, updated_at, version)
                    select 'Bench ' || g, 'bench', now(), 'bench', now(), 0 from generate_series(1, 3) g
                    on conflict do nothing""");
            st.execute(("""
                    insert into article (title, full_text, content_hash, created_by, created_at, updated_by, updated_at,
                                         version, team_id, publisher)
                    select (array['Budget','Housing','Climate change','Health care','Schools','Crime','Jobs','Energy',
                                  'Immigration','Transport','Soldiers','Farming','Pensions','Water','Taxes'])[1 + (random()*14)::int]
                           || ' ' || (array['debate','plan','report','row','vote','promise','figures','review','reform'])[1 + (random()*8)::int]
                           || ' in ' || (array['Springfield','Riverton','the capital','the north','Lakeside','Oakdale',
                                  'the provinces','Harbor City','the valley','Westbury'])[1 + (random()*9)::int]
                           || ': ' || (array['what the numbers say','claims checked','who said what','fact check',
                                  'the facts behind the speeches','a closer look'])[1 + (random()*5)::int],
                           'Generated article ' || g, md5('bench' || g), 'bench', now() - g * interval '1 minute', 'bench',
                           now(), 0, (select min(id) from team) + (g %% 4), 'Bench Gazette'
                    from generate_series(1, %d) g""").formatted(articles));
            st.execute(("""
                    insert into claim (article_id, claim_text, sentence, start_offset, end_offset, claimant, claim_type,
                                       check_worthiness, status, version, created_at, updated_at, origin, created_by, updated_by)
                    select a0 + (g %% %d), t, t, 0, length(t),
                           case when g %% 100000 = 7 then 'Zebediah Quillfeather' else n end,
                           (array['STATISTICAL','COMPARATIVE','CAUSAL','PREDICTIVE','HISTORICAL'])[1 + (g %% 5)],
                           random(), (array['UNREVIEWED','IN_REVIEW','AWAITING_APPROVAL','VERIFIED','REOPENED'])[1 + (g %% 5)],
                           0, now() - g * interval '1 second', now(), 'EXTRACTED', 'bench', 'bench'
                    from (select g, (select min(id) from article) as a0,
                                 (array['Unemployment','Inflation','Violent crime','The deficit','Child poverty',
                                        'The number of soldiers','Rent','Carbon emissions','Hospital waiting time',
                                        'Climate change spending','Wages','The school budget','Traffic deaths',
                                        'Farm income','Energy prices','Immigration','Home ownership','Tax revenue',
                                        'Rainfall','Pension spending'])[1 + (random()*19)::int]
                                 || ' ' || (array['rose','fell','doubled','has risen','has fallen','was cut','grew',
                                        'dropped','went up','stayed at'])[1 + (random()*9)::int]
                                 || ' ' || (random()*90 + 1)::numeric(4,1) || ' '
                                 || (array['percent','million','billion','thousand','points'])[1 + (random()*4)::int]
                                 || ' ' || (array['last year','since 2010','under this government','in a decade',
                                        'this quarter','compared with our neighbours','since the last election',
                                        'according to official figures','in the past five years',
                                        'faster than anywhere else in the country'])[1 + (random()*9)::int] as t,
                                 (array['Maria','John','Aisha','Pedro','Li','Olga','Samuel','Fatima','George','Ingrid',
                                        'Kwame','Sofia','Hiroshi','Emma','Tariq','Lucia','Marek','Grace','Omar','Nina'])[1 + (random()*19)::int]
                                 || ' ' || (array['Smith','Garcia','Okafor','Nguyen','Kowalski','Haddad','Jensen',
                                        'Rossi','Tanaka','Brown','Mensah','Silva','Novak','Murphy','Dubois','Khan',
                                        'Meyer','Costa','Larsen','Ivanova'])[1 + (random()*19)::int] as n
                          from generate_series(1, %d) g) s""").formatted(articles, claims));
            st.execute("analyze");
        }
        System.out.printf(Locale.ROOT, "generated %,d claims in %,d articles in %.1f s%n", claims, articles,
                (System.nanoTime() - t0) / 1e9);
    }

    private static double median(Connection db, String sql, List<Object> params, int runs) throws SQLException {
        rows(db, sql, params); // warm-up: caches, plan
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            rows(db, sql, params);
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(ms);
        return ms[runs / 2];
    }

    /** Runs the query and reads every row (a count query: the count); returns the rows, or the count. */
    private static int rows(Connection db, String sql, List<Object> params) throws SQLException {
        try (PreparedStatement st = db.prepareStatement(sql)) {
            bind(st, params);
            try (ResultSet r = st.executeQuery()) {
                int n = 0;
                while (r.next()) {
                    n = sql.startsWith("select count") ? r.getInt(1) : n + 1;
                }
                return n;
            }
        }
    }

    private static void bind(PreparedStatement st, List<Object> params) throws SQLException {
        for (int i = 0; i < params.size(); i++) {
            st.setObject(i + 1, params.get(i));
        }
    }

    private static long count(Connection db, String sql) throws SQLException {
        try (Statement st = db.createStatement(); ResultSet r = st.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    private static boolean hasColumn(Connection db, String table, String column) throws SQLException {
        try (ResultSet r = db.getMetaData().getColumns(null, null, table, column)) {
            return r.next();
        }
    }

    private static String arg(String[] args, int i, String env, String fallback) {
        return args.length > i ? args[i] : env(env, fallback);
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }
}
