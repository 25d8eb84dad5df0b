package org.claimdesk.generate;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The teams and people generated work is spread over: every existing team plus {@link #GENERATED_TEAMS}
 * generated ones, each with a generated editor and four fact-checkers (next to its own members), and
 * {@link #BENCH_EDITOR}, an editor in the first two generated teams, whom the benchmark signs in as.
 * Generated users cannot sign in (their password hash is no bcrypt hash); an admin can reset one's password.
 */
final class Desk {

    static final int GENERATED_TEAMS = 3;
    static final String BENCH_EDITOR = GeneratedData.USER_PREFIX + "editor";
    private static final String NO_PASSWORD = "!generated: no sign-in";

    /** A team and its members' names (editors among them listed separately, for approvals). */
    record Team(long id, String name, List<String> members, List<String> editors) {
    }

    final List<Team> teams;

    private Desk(List<Team> teams) {
        this.teams = teams;
    }

    static Desk prepare(Connection c, OffsetDateTime now) throws SQLException {
        for (int i = 1; i <= GENERATED_TEAMS; i++) {
            long team = ensureTeam(c, GeneratedData.TEAM_PREFIX + i, now);
            String editor = GeneratedData.USER_PREFIX + "editor-" + i;
            ensureMember(c, team, ensureUser(c, editor, "Generated Editor " + i, "EDITOR", now));
            for (int k = 1; k <= 4; k++) {
                ensureMember(c, team, ensureUser(c, GeneratedData.USER_PREFIX + "checker-" + i + "-" + k,
                        "Generated Checker " + i + "." + k, "FACT_CHECKER", now));
            }
            if (i <= 2) {
                ensureMember(c, team, ensureUser(c, BENCH_EDITOR, "Generated Bench Editor", "EDITOR", now));
            }
        }
        c.commit();
        return new Desk(load(c));
    }

    private static List<Team> load(Connection c) throws SQLException {
        Map<Long, Team> teams = new LinkedHashMap<>();
        try (Statement s = c.createStatement();
             ResultSet r = s.executeQuery("select t.id, t.name, u.username, "
                     + "(select count(*) from app_user_role ur where ur.user_id = u.id and ur.role in ('EDITOR','ADMIN')) "
                     + "from team t join team_member m on m.team_id = t.id join app_user u on u.id = m.user_id "
                     + "where u.enabled = true order by t.id, u.username")) {
            while (r.next()) {
                Team t = teams.computeIfAbsent(r.getLong(1),
                        id -> new Team(id, rs(r, 2), new ArrayList<>(), new ArrayList<>()));
                t.members().add(r.getString(3));
                if (r.getLong(4) > 0) {
                    t.editors().add(r.getString(3));
                }
            }
        }
        // a team needs two people (verdicts are approved by someone else) and an editor
        return teams.values().stream().filter(t -> t.members().size() >= 2 && !t.editors().isEmpty()).toList();
    }

    private static String rs(ResultSet r, int column) {
        try {
            return r.getString(column);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long ensureTeam(Connection c, String name, OffsetDateTime now) throws SQLException {
        Long id = id(c, "select id from team where name = ?", name);
        if (id != null) {
            return id;
        }
        return insert(c, "insert into team (name, created_by, created_at, updated_by, updated_at, version) "
                + "values (?, 'generator', ?, 'generator', ?, 0)", name, now, now);
    }

    private static long ensureUser(Connection c, String username, String displayName, String role, OffsetDateTime now)
            throws SQLException {
        Long id = id(c, "select id from app_user where username = ?", username);
        if (id != null) {
            return id;
        }
        long user = insert(c, "insert into app_user (username, display_name, password_hash, enabled, version, created_at, "
                        + "created_by, updated_by, updated_at, must_change_password) "
                        + "values (?, ?, ?, true, 0, ?, 'generator', 'generator', ?, false)",
                username, displayName, NO_PASSWORD, now, now);
        try (PreparedStatement p = c.prepareStatement("insert into app_user_role (user_id, role) values (?, ?)")) {
            p.setLong(1, user);
            p.setString(2, role);
            p.executeUpdate();
        }
        return user;
    }

    private static void ensureMember(Connection c, long team, long user) throws SQLException {
        if (id(c, "select user_id from team_member where team_id = ? and user_id = ?", team, user) == null) {
            try (PreparedStatement p = c.prepareStatement("insert into team_member (team_id, user_id) values (?, ?)")) {
                p.setLong(1, team);
                p.setLong(2, user);
                p.executeUpdate();
            }
        }
    }

    private static Long id(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                p.setObject(i + 1, args[i]);
            }
            try (ResultSet r = p.executeQuery()) {
                return r.next() ? r.getLong(1) : null;
            }
        }
    }

    private static long insert(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(sql, new String[]{"id"})) {
            for (int i = 0; i < args.length; i++) {
                p.setObject(i + 1, args[i]);
            }
            p.executeUpdate();
            try (ResultSet keys = p.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }
}
