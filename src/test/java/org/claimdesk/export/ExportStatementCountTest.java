package org.claimdesk.export;

import org.claimdesk.AsUser;
import org.claimdesk.ClaimDeskSpringTest;
import org.claimdesk.TestArticles;
import org.claimdesk.ThreadStatements;
import org.claimdesk.security.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.core.context.SecurityContextHolder;

import java.io.IOException;
import java.io.OutputStream;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The export reads a page of claims with a fixed number of SQL statements, however many claims the page holds
 * and however many figures and sources they have (counted on the exporting thread by ThreadStatements): a one-claim
 * export and a 499-claim export (one page each) prepare the same statements, and each further page adds at most
 * {@value #PER_PAGE}. Claims go in with plain JDBC into articles of a team of their own (admins only see it) and are
 * removed afterwards.
 */
@ClaimDeskSpringTest
class ExportStatementCountTest {

    private static final int PER_PAGE = 6;

    @Autowired
    ExportService exports;
    @Autowired
    JdbcTemplate jdbc;
    private Long teamId;
    private final List<Long> articleIds = new ArrayList<>();

    @AfterEach
    void cleanUp() {
        SecurityContextHolder.clearContext();
        for (long articleId : articleIds) {
            jdbc.update("delete from source where claim_id in (select id from claim where article_id = ?)", articleId);
            jdbc.update("delete from quantity where claim_id in (select id from claim where article_id = ?)", articleId);
            jdbc.update("delete from claim where article_id = ?", articleId);
            jdbc.update("delete from article where id = ?", articleId);
        }
        if (teamId != null) {
            jdbc.update("delete from team where id = ?", teamId);
        }
    }

    @Test
    void an_export_prepares_the_same_statements_for_one_claim_as_for_a_full_page_and_few_more_per_page() throws IOException {
        Timestamp now = Timestamp.from(Instant.now());
        teamId = insert("insert into team (name, created_by, created_at, updated_by, updated_at, version) "
                + "values (?, 'test', ?, 'test', ?, 0)", "Statement count " + TestArticles.uniqueTag(), now, now);
        long one = article(1, now);
        long page = article(ExportRows.PAGE - 1, now);
        long pages = article(ExportRows.PAGE * 2 + 200, now);
        AsUser.signIn("admin", Role.ADMIN_NAME);

        long forOne = statementsToExport(one, 1);
        long forPage = statementsToExport(page, ExportRows.PAGE - 1);
        long forThreePages = statementsToExport(pages, ExportRows.PAGE * 2 + 200);

        assertThat(forPage).as("a page of 499 claims against a page of one").isEqualTo(forOne);
        assertThat(forThreePages - forOne).as("two more pages").isLessThanOrEqualTo(2L * PER_PAGE);
    }

    /** The statements one export prepared on this thread ({@link ThreadStatements}: background jobs not counted). */
    private long statementsToExport(long articleId, int claims) {
        return ThreadStatements.during(() -> {
            try {
                ExportResult result = exports.export(ExportFilter.ofArticle(articleId).withStatuses(ExportFilter.ALL_STATUSES),
                        ExportFormat.CSV, OutputStream.nullOutputStream(), null);
                assertThat(result.rows()).isEqualTo(claims);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    /** An article with {@code claims} claims, each with two figures and two sources. */
    private long article(int claims, Timestamp now) {
        String tag = TestArticles.uniqueTag();
        long articleId = insert("insert into article (title, source_url, publisher, published_at, full_text, content_hash, "
                        + "created_by, created_at, updated_by, updated_at, version, team_id) "
                        + "values (?, ?, 'Courier', null, 'Count text', ?, 'test', ?, 'test', ?, 0, ?)",
                "Statement count " + tag, "https://count.example/" + tag, "count-" + tag, now, now, teamId);
        articleIds.add(articleId);
        List<Object[]> rows = new ArrayList<>(claims);
        for (int i = 0; i < claims; i++) {
            String text = "The port handled " + i + " containers in May, up 12 percent.";
            rows.add(new Object[]{articleId, text, text, now, now});
        }
        jdbc.batchUpdate("insert into claim (article_id, claim_text, sentence, start_offset, end_offset, claimant, "
                + "claim_type, check_worthiness, status, version, created_at, updated_at, created_by, updated_by) "
                + "values (?, ?, ?, 0, 10, 'Port director', 'STATISTIC', 0.5, 'IN_REVIEW', 0, ?, ?, 'test', 'test')", rows);
        jdbc.update("insert into quantity (claim_id, position, text_as_written, normalized_value, unit, approximate) "
                + "select id, 0, 'containers', 1, null, false from claim where article_id = ?", articleId);
        jdbc.update("insert into quantity (claim_id, position, text_as_written, normalized_value, unit, approximate) "
                + "select id, 1, '12 percent', 12, 'percent', false from claim where article_id = ?", articleId);
        for (String outlet : List.of("one", "two")) {
            jdbc.update("insert into source (claim_id, url, domain, title, stance, created_by, created_at, updated_at, version) "
                    + "select id, 'https://" + outlet + ".example/' || id, '" + outlet + ".example', 'Story', 'SUPPORTS', "
                    + "'test', ?, ?, 0 from claim where article_id = ?", now, now, articleId);
        }
        return articleId;
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
}
