package org.claimdesk.generate;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * How generated rows are told from real ones. An article is generated when its {@code content_hash} starts with
 * {@link #HASH_PREFIX} (a real import stores the SHA-256 of its text there, 64 hex digits, so the two never meet);
 * everything under such an article (claims and their figures, sources, verdicts, assignments, comments, history)
 * is generated with it. Generated users are named {@code gen-...}, generated teams {@code Generated desk ...}.
 */
public final class GeneratedData {

    public static final String HASH_PREFIX = "generated-";
    public static final String USER_PREFIX = "gen-";
    public static final String TEAM_PREFIX = "Generated desk ";

    /**
     * The publishers of the demo articles (article/DemoArticles) loaded on the first start of the embedded
     * database: demo data, not a newsroom's real work, so they do not stop the generator.
     */
    private static final List<String> DEMO_PUBLISHERS = List.of("ClaimDesk demo wire", "Riverton Courier (demo)",
            "Lakeview Ledger (demo)");

    private GeneratedData() {
    }

    /** Articles that are neither generated nor demo articles: a newsroom's own work. */
    static long realArticles(Connection c) throws SQLException {
        String demo = String.join(",", DEMO_PUBLISHERS.stream().map(p -> "'" + p.replace("'", "''") + "'").toList());
        return count(c, "select count(*) from article where content_hash not like '" + HASH_PREFIX + "%' "
                + "and (publisher is null or publisher not in (" + demo + ") or created_by <> 'admin')");
    }

    /** Generated articles (and so, with them, their claims). */
    public static long generatedArticles(Connection c) throws SQLException {
        return count(c, "select count(*) from article where content_hash like '" + HASH_PREFIX + "%'");
    }

    public static long generatedClaims(Connection c) throws SQLException {
        return count(c, "select count(*) from claim where article_id in (select id from article where content_hash like '"
                + HASH_PREFIX + "%')");
    }

    /**
     * Deletes every generated article (its claims and everything under them go with it: the foreign keys cascade)
     * and its history. Generated users and teams stay, so that a second run finds them again.
     */
    public static void deleteGenerated(Connection c) throws SQLException {
        String generated = "select id from article where content_hash like '" + HASH_PREFIX + "%'";
        try (Statement s = c.createStatement()) {
            s.executeUpdate("delete from audit_entry where article_id in (" + generated + ")");
            s.executeUpdate("delete from article where content_hash like '" + HASH_PREFIX + "%'");
        }
    }

    /** {@link #deleteGenerated}, and the generated users and teams (which then hold no article). */
    public static void deleteGeneratedWithPeople(Connection c) throws SQLException {
        deleteGenerated(c);
        try (Statement s = c.createStatement()) {
            s.executeUpdate("delete from app_user where username like '" + USER_PREFIX + "%'");
            s.executeUpdate("delete from team where name like '" + TEAM_PREFIX + "%'");
        }
    }

    static long count(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }
}
