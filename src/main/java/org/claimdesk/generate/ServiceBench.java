package org.claimdesk.generate;

import jakarta.persistence.EntityManagerFactory;
import org.claimdesk.claim.ClaimFilter;
import org.claimdesk.claim.ClaimService;
import org.claimdesk.claim.ClaimSort;
import org.claimdesk.claim.ClaimStatus;
import org.claimdesk.evidence.ApprovalQueue;
import org.claimdesk.extraction.ClaimType;
import org.claimdesk.review.AssignmentService;
import org.claimdesk.review.TeamBoard;
import org.claimdesk.security.CurrentUser;
import org.claimdesk.security.Role;
import org.claimdesk.security.TeamSummary;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.io.PrintStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Times the service calls the views make (claims grid, my queue, approvals, team board) on whatever the database
 * holds, as one signed-in user: each case warmed up, then run {@code runs} times; median and p95 (nearest rank) of
 * the wall-clock time, and the SQL statements one call prepared (Hibernate statistics: the bench turns them on).
 * Figures are printed, never asserted.
 */
@Component
public class ServiceBench {

    static final int GRID_PAGE = 50; // the Vaadin grid's page size
    private static final long SLOW_NANOS = 5_000_000_000L;

    private final ClaimService claims;
    private final AssignmentService assignments;
    private final ApprovalQueue approvals;
    private final TeamBoard board;
    private final CurrentUser currentUser;
    private final Statistics statistics;
    private final DataSource dataSource;

    ServiceBench(ClaimService claims, AssignmentService assignments, ApprovalQueue approvals, TeamBoard board,
                 CurrentUser currentUser, EntityManagerFactory entityManagerFactory, DataSource dataSource) {
        this.claims = claims;
        this.assignments = assignments;
        this.approvals = approvals;
        this.board = board;
        this.currentUser = currentUser;
        this.statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        this.dataSource = dataSource;
    }

    /** One case's figures. */
    public record Figure(String name, double medianMs, double p95Ms, long statements, long rows) {
    }

    /** @param only runs the cases whose name contains it (null: all) */
    public List<Figure> run(String user, Role role, int warmup, int runs, String only, PrintStream out)
            throws SQLException {
        long largeArticle = largestArticle();
        List<Case> cases = new ArrayList<>();
        cases.add(new Case("grid: first page (newest first)", () -> claims.page(ClaimFilter.ALL, 0, GRID_PAGE, null, false).size()));
        cases.add(new Case("grid: total (capped count)", () -> claims.countUpTo(ClaimFilter.ALL).value()));
        cases.add(new Case("API list: first page with its total (GET /api/v1/claims)", () -> claims.search(ClaimFilter.ALL, 0, 20, null, false).getNumberOfElements()));
        int deep = 10_000 / GRID_PAGE - 1; // the last page served (ClaimSearch.COUNT_CAP)
        cases.add(new Case("grid: deep page " + (deep + 1) + " (offset " + deep * GRID_PAGE + ")",
                () -> claims.page(ClaimFilter.ALL, deep, GRID_PAGE, null, false).size()));
        cases.add(new Case("grid: status = IN_REVIEW", () -> claims.page(ClaimFilter.ALL.withStatus(ClaimStatus.IN_REVIEW), 0, GRID_PAGE, null, false).size()));
        cases.add(new Case("grid: type = PREDICTION", () -> claims.page(ClaimFilter.ALL.withType(ClaimType.PREDICTION), 0, GRID_PAGE, null, false).size()));
        cases.add(new Case("grid: article (largest, id " + largeArticle + ")", () -> claims.page(ClaimFilter.ALL.withArticle(largeArticle), 0, GRID_PAGE, null, false).size()));
        for (ClaimSort sort : ClaimSort.values()) {
            cases.add(new Case("grid: sort " + sort.name().toLowerCase(Locale.ROOT) + " ascending",
                    () -> claims.page(ClaimFilter.ALL, 0, GRID_PAGE, sort, true).size()));
        }
        cases.add(new Case("grid: text search \"unemployment\" (best first when few enough)", () -> claims.page(ClaimFilter.ALL.withQuery("unemployment"), 0, GRID_PAGE, null, false).size()));
        cases.add(new Case("grid: text search \"unemployment\", total", () -> claims.countUpTo(ClaimFilter.ALL.withQuery("unemployment")).value()));
        cases.add(new Case("grid: text search \"harbor expansion\" + status VERIFIED", () -> claims.page(ClaimFilter.ALL.withQuery("harbor expansion").withStatus(ClaimStatus.VERIFIED), 0, GRID_PAGE, null, false).size()));
        cases.add(new Case("my queue", () -> assignments.myQueue().size()));
        cases.add(new Case("approvals", () -> approvals.awaitingMyApproval().size()));
        List<TeamSummary> teams = currentUser.runAs(user, role, board::teams);
        if (!teams.isEmpty()) {
            long team = teams.getFirst().id();
            cases.add(new Case("team board: members (" + teams.getFirst().name() + ")", () -> board.board(team).reviewers().size()));
            cases.add(new Case("team board: unassigned, first page", () -> board.unassigned(team, 0, GRID_PAGE).getNumberOfElements()));
            cases.add(new Case("team board: unassigned, total", () -> board.unassigned(team, 0, 1).getTotalElements()));
        }
        out.printf("bench: as %s (%s), %d warm-up and %d timed runs per case%n", user, role, warmup, runs);
        out.println("| case | median ms | p95 ms | SQL statements | rows |");
        out.println("|------|----------:|-------:|---------------:|-----:|");
        List<Case> chosen = cases.stream().filter(c -> only == null || c.name().contains(only)).toList();
        // one pass over every case before any is timed: the first case would otherwise also pay the JIT's start
        for (Case c : chosen) {
            currentUser.runAs(user, role, c.work());
        }
        List<Figure> figures = new ArrayList<>();
        for (Case c : chosen) {
            Figure f = measure(c, user, role, warmup, runs);
            figures.add(f);
            print(f, out);
        }
        return figures;
    }

    /** Whether {@code read} works as {@code user}: false when it answers "not found" (another team's data). */
    boolean sees(String user, Role role, Runnable read) {
        try {
            currentUser.runAs(user, role, () -> {
                read.run();
                return 0;
            });
            return true;
        } catch (org.claimdesk.shared.NotFoundException notInTheirTeams) {
            return false;
        }
    }

    /** One case warmed up and timed as {@code user} (shared by the other benches: {@link PageBench}, ...). */
    Figure measure(Case c, String user, Role role, int warmup, int requested) {
        int runs = requested;
        for (int i = 0; i < warmup; i++) {
            long start = System.nanoTime();
            currentUser.runAs(user, role, c.work());
            if (System.nanoTime() - start > SLOW_NANOS) {
                runs = 2; // a call of several seconds says enough in two runs (and a 1M-row bench ends today)
                break;
            }
        }
        double[] ms = new double[runs];
        long statements = 0;
        long rows = 0;
        for (int i = 0; i < runs; i++) {
            statistics.clear();
            long start = System.nanoTime();
            rows = currentUser.runAs(user, role, c.work()).longValue();
            ms[i] = (System.nanoTime() - start) / 1e6;
            statements = statistics.getPrepareStatementCount();
        }
        Arrays.sort(ms);
        return new Figure(c.name() + (runs < requested ? " (slow: 2 runs)" : ""), median(ms), p95(ms), statements, rows);
    }

    static void print(Figure f, PrintStream out) {
        out.printf(Locale.ROOT, "| %s | %.1f | %.1f | %d | %d |%n", f.name(), f.medianMs(), f.p95Ms(), f.statements(), f.rows());
    }

    static double median(double[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    /** The 95th percentile, nearest rank, of sorted values. */
    static double p95(double[] sorted) {
        return sorted[Math.max(0, (int) Math.ceil(0.95 * sorted.length) - 1)];
    }

    /** The article with the most claims (the generator's first article has 500), for the article filter. */
    long largestArticle() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            return GeneratedData.count(c, "select coalesce(min(id), 0) from article where content_hash like '"
                    + GeneratedData.HASH_PREFIX + "%'");
        }
    }

    record Case(String name, Supplier<Number> work) {
    }
}
