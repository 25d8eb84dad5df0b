package org.claimdesk.generate;

import org.claimdesk.AsUser;
import org.claimdesk.ClaimDeskSpringTest;
import org.claimdesk.TestArticles;
import org.claimdesk.article.ArticleImport;
import org.claimdesk.article.ArticleService;
import org.claimdesk.security.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The newsroom-scale generator (issue 11) on a small size, in the test database (H2, or PostgreSQL in CI). */
@ClaimDeskSpringTest
class DataGeneratorTest {

    private static final String GENERATED_ARTICLES = "select id from article where content_hash like 'generated-%'";
    private static final String GENERATED_CLAIMS = "select id from claim where article_id in (" + GENERATED_ARTICLES + ")";

    @Autowired
    DataGenerator generator;
    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ArticleService articles;

    @AfterEach
    void removeGeneratedData() throws Exception {
        // the test database is shared by every Spring test: leave nothing generated behind
        try (Connection c = dataSource.getConnection()) {
            GeneratedData.deleteGeneratedWithPeople(c);
        }
    }

    @Test
    void the_generator_refuses_a_database_with_real_articles_and_writes_nothing() {
        importRealArticle();
        long articlesBefore = count("select count(*) from article");
        long usersBefore = count("select count(*) from app_user");

        assertThatThrownBy(() -> generator.generate(20, 300, false, 1, quiet()))
                .isInstanceOf(RealDataException.class).hasMessageContaining("--force");

        assertThat(count("select count(*) from article")).isEqualTo(articlesBefore);
        assertThat(count("select count(*) from app_user")).isEqualTo(usersBefore);
    }

    @Test
    void with_force_the_generator_adds_the_asked_numbers_of_articles_and_claims_with_their_work() throws Exception {
        importRealArticle();
        ByteArrayOutputStream printed = new ByteArrayOutputStream();

        DataGenerator.Result result = generator.generate(20, 300, true, 7,
                new PrintStream(printed, true, StandardCharsets.UTF_8));

        assertThat(result.articles()).isEqualTo(20);
        assertThat(result.claims()).isEqualTo(300);
        assertThat(count("select count(*) from (" + GENERATED_ARTICLES + ") g")).isEqualTo(20);
        assertThat(count("select count(*) from (" + GENERATED_CLAIMS + ") g")).isEqualTo(300);
        // every claim's offsets point at its words in its article's text (the article page highlights them)
        assertThat(count("select count(*) from claim c join article a on a.id = c.article_id "
                + "where a.content_hash like 'generated-%' "
                + "and substring(a.full_text, c.start_offset + 1, c.end_offset - c.start_offset) <> c.claim_text"))
                .isZero();
        for (String table : new String[]{"source", "verdict", "assignment", "quantity"}) {
            assertThat(count("select count(*) from " + table + " where claim_id in (" + GENERATED_CLAIMS + ")"))
                    .as(table).isPositive();
        }
        assertThat(count("select count(*) from audit_entry where article_id in (" + GENERATED_ARTICLES + ")"))
                .isGreaterThanOrEqualTo(300);
        assertThat(count("select count(distinct team_id) from article where content_hash like 'generated-%'"))
                .isGreaterThan(1);
        // a verdict is never approved by its own author
        assertThat(count("select count(*) from verdict where approved_by = author")).isZero();
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("300 / 300 claims").contains("claims/s");
    }

    @Test
    void after_generating_the_application_inserts_with_fresh_ids() throws Exception {
        generator.generate(20, 300, true, 3, quiet());
        long claim = count("select max(id) from (" + GENERATED_CLAIMS + ") g");

        jdbc.update("insert into claim_comment (claim_id, author, at, body) values (?, 'checker', current_timestamp, ?)",
                claim, "after the generator");
        jdbc.update("insert into audit_entry (entity_type, entity_id, action, actor, at) "
                + "values ('CLAIM', ?, 'COMMENTED', 'checker', current_timestamp)", claim);

        assertThat(count("select count(*) from claim_comment where body = 'after the generator'")).isEqualTo(1);
    }

    private void importRealArticle() {
        AsUser.signIn("editor", Role.EDITOR_NAME);
        String tag = TestArticles.uniqueTag();
        articles.importArticle(new ArticleImport("Real " + tag, null, null, null, TestArticles.story(tag)));
    }

    private long count(String sql) {
        Long n = jdbc.queryForObject(sql, Long.class);
        return n == null ? 0 : n;
    }

    private static PrintStream quiet() {
        return new PrintStream(OutputStream.nullOutputStream());
    }
}
