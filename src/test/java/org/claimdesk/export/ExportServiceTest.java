package org.claimdesk.export;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.claimdesk.AsUser;
import org.claimdesk.ClaimDeskSpringTest;
import org.claimdesk.article.ArticleDetails;
import org.claimdesk.article.ArticleService;
import org.claimdesk.claim.ClaimCorrections;
import org.claimdesk.claim.ClaimDetails;
import org.claimdesk.claim.ClaimService;
import org.claimdesk.claim.ClaimStatus;
import org.claimdesk.evidence.EvidenceService;
import org.claimdesk.evidence.VerdictService;
import org.claimdesk.security.CurrentUser;
import org.claimdesk.security.Role;
import org.claimdesk.shared.InputRejectedException;
import org.claimdesk.shared.NotFoundException;
import org.junit.jupiter.api.AfterEach;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.PlatformTransactionManager;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The export service: CSV and JSON round trips, team access, the default filter, records and cancelling. */
@ClaimDeskSpringTest
class ExportServiceTest {

    private static final String HYPERLINK = "=HYPERLINK(\"http://evil.example\",\"click\") the reservoir was full";

    @Autowired
    ExportService exports;
    @Autowired
    ExportRows rows;
    @Autowired
    ExportRecordRepository records;
    @Autowired
    CurrentUser currentUser;
    @Autowired
    Clock clock;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    ArticleService articles;
    @Autowired
    ClaimService claims;
    @Autowired
    ClaimCorrections corrections;
    @Autowired
    EvidenceService evidence;
    @Autowired
    VerdictService verdicts;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private ExportFixture fixture() {
        return new ExportFixture(articles, claims, corrections, evidence, verdicts);
    }

    /** A Politics desk article whose first claim reads "=HYPERLINK(…" and whose first two claims are verified. */
    @Autowired
    org.claimdesk.security.TeamAccess teamAccess;

    private ArticleDetails politicsArticleWithTwoVerified() {
        ExportFixture f = fixture();
        ArticleDetails a = f.importAs("checker", "Export");
        List<ClaimDetails> c = f.claimsOf(a);
        f.retext(c.get(0).id(), HYPERLINK, "checker");
        f.verify(c.get(0).id(), "checker", "editor");
        f.verify(c.get(1).id(), "checker", "editor");
        AsUser.signIn("editor", Role.EDITOR_NAME);
        return a;
    }

    private byte[] export(ExportFilter filter, ExportFormat format) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exports.export(filter, format, out, ExportProgress.NONE);
        return out.toByteArray();
    }

    private static List<CSVRecord> parseCsv(byte[] bytes) throws Exception {
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text.substring(1)))) {
            assertThat(parser.getHeaderNames()).isEqualTo(CsvRowWriter.COLUMNS);
            return new ArrayList<>(parser.getRecords());
        }
    }

    @Test
    void csv_round_trip_gives_back_every_field_with_a_bom_and_formulas_made_inert() throws Exception {
        ArticleDetails a = politicsArticleWithTwoVerified();
        List<ClaimDetails> c = fixture().claimsOf(a);
        byte[] bytes = export(ExportFilter.ofArticle(a.id()), ExportFormat.CSV);

        assertThat(bytes[0]).isEqualTo((byte) 0xEF);
        assertThat(bytes[1]).isEqualTo((byte) 0xBB);
        assertThat(bytes[2]).isEqualTo((byte) 0xBF);
        Map<String, CSVRecord> byId = parseCsv(bytes).stream()
                .collect(Collectors.toMap(r -> r.get("claim_id"), Function.identity()));
        assertThat(byId).containsOnlyKeys(String.valueOf(c.get(0).id()), String.valueOf(c.get(1).id()));

        CSVRecord formula = byId.get(String.valueOf(c.get(0).id()));
        assertThat(formula.get("claim")).isEqualTo("'" + HYPERLINK);
        assertThat(formula.get("rationale")).isEqualTo("'-Both outlets report the level.");

        ClaimDetails second = claims.get(c.get(1).id());
        CSVRecord r = byId.get(String.valueOf(second.id()));
        assertThat(r.get("article_title")).isEqualTo(a.title());
        assertThat(r.get("article_url")).isEqualTo(a.url());
        assertThat(r.get("claim")).isEqualTo(second.text());
        assertThat(r.get("claimant")).isEqualTo(second.claimant());
        assertThat(r.get("type")).isEqualTo(second.type().name());
        assertThat(r.get("figures")).isEqualTo(second.quantities().stream().map(q -> q.text())
                .collect(Collectors.joining("; ")));
        assertThat(r.get("attribution")).isEqualTo("CONFIRMED");
        assertThat(r.get("rating")).isEqualTo("TRUE");
        assertThat(r.get("rating_label")).isEqualTo("True");
        assertThat(r.get("sources")).isEqualTo("2");
        assertThat(r.get("independent_outlets")).isEqualTo("2");
        assertThat(r.get("status")).isEqualTo("VERIFIED");
        assertThat(r.get("reviewer")).isEqualTo("checker");
        assertThat(r.get("approver")).isEqualTo("editor");
        assertThat(r.get("created_at")).isEqualTo(second.createdAt().toString());
        assertThat(r.get("approved_at")).isNotBlank();
        assertThat(r.get("article_published_at")).isEqualTo("2025-05-02");
        // every cell of every row is inert
        for (CSVRecord row : byId.values()) {
            for (String cell : row) {
                assertThat(cell).doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("-")
                        .doesNotStartWith("@").doesNotStartWith("\t").doesNotStartWith("\r");
            }
        }
    }

    @Test
    void json_round_trip_gives_back_the_same_data_with_the_sources_nested() throws Exception {
        ArticleDetails a = politicsArticleWithTwoVerified();
        List<ClaimDetails> c = fixture().claimsOf(a);
        JsonNode json = JsonMapper.builder().build().readTree(export(ExportFilter.ofArticle(a.id()), ExportFormat.JSON));

        assertThat(json.isArray()).isTrue();
        assertThat(json.size()).isEqualTo(2);
        JsonNode first = json.get(0);
        assertThat(first.get("claimId").asLong()).isEqualTo(c.get(0).id());
        assertThat(first.get("claim").asString()).isEqualTo(HYPERLINK); // JSON is data: not neutralized
        JsonNode second = json.get(1);
        ClaimDetails claim = claims.get(c.get(1).id());
        assertThat(second.get("claim").asString()).isEqualTo(claim.text());
        assertThat(second.get("claimant").asString()).isEqualTo(claim.claimant());
        assertThat(second.get("status").asString()).isEqualTo("VERIFIED");
        assertThat(second.get("article").get("id").asLong()).isEqualTo(a.id());
        assertThat(second.get("article").get("title").asString()).isEqualTo(a.title());
        assertThat(second.get("article").get("url").asString()).isEqualTo(a.url());
        assertThat(second.get("article").get("publishedAt").asString()).isEqualTo("2025-05-02");
        assertThat(second.get("verdict").get("rating").asString()).isEqualTo("TRUE");
        assertThat(second.get("verdict").get("ratingLabel").asString()).isEqualTo("True");
        assertThat(second.get("verdict").get("ratingScore").asInt()).isEqualTo(5);
        assertThat(second.get("verdict").get("author").asString()).isEqualTo("checker");
        assertThat(second.get("verdict").get("approvedBy").asString()).isEqualTo("editor");
        assertThat(second.get("independentOutlets").asInt()).isEqualTo(2);
        assertThat(second.get("claimReviewed").asString()).isEqualTo(claim.text().strip());
        assertThat(second.get("publicUrl").isNull()).isTrue();
        JsonNode sources = second.get("sources");
        assertThat(sources.size()).isEqualTo(2);
        assertThat(sources.get(0).get("url").asString()).startsWith("https://one.example/");
        assertThat(sources.get(0).get("title").asString()).isEqualTo("=cmd|' /C calc'!A0");
        assertThat(sources.get(0).get("publisher").asString()).isEqualTo("One Outlet");
        assertThat(sources.get(0).get("stance").asString()).isEqualTo("SUPPORTS");
        assertThat(sources.get(0).get("publishedAt").asString()).isEqualTo("2025-05-03");
        assertThat(sources.get(1).get("url").asString()).startsWith("https://two.example/");
    }

    @Test
    void the_default_is_verified_claims_only_and_all_statuses_only_when_asked_for() throws Exception {
        ArticleDetails a = politicsArticleWithTwoVerified();
        assertThat(parseCsv(export(ExportFilter.ofArticle(a.id()), ExportFormat.CSV)))
                .extracting(r -> r.get("status")).containsOnly("VERIFIED").hasSize(2);
        List<CSVRecord> all = parseCsv(export(ExportFilter.ofArticle(a.id()).withStatuses(ExportFilter.ALL_STATUSES),
                ExportFormat.CSV));
        assertThat(all).hasSize(a.claims().size());
        assertThat(all).extracting(r -> r.get("status")).contains("VERIFIED", "UNREVIEWED");
        List<CSVRecord> unreviewed = parseCsv(export(ExportFilter.ofArticle(a.id())
                .withStatuses(Set.of(ClaimStatus.UNREVIEWED)), ExportFormat.CSV));
        assertThat(unreviewed).hasSize(a.claims().size() - 2);
    }

    @Test
    void the_grids_search_and_the_dates_narrow_the_export() throws Exception {
        ArticleDetails a = politicsArticleWithTwoVerified();
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        ExportFilter hectares = new ExportFilter(ExportFilter.ALL_STATUSES, a.id(), null, null, null, "hectares", null);
        assertThat(parseCsv(export(hectares, ExportFormat.CSV))).singleElement()
                .satisfies(r -> assertThat(r.get("claim")).contains("hectares"));
        ExportFilter fromToday = new ExportFilter(ExportFilter.ALL_STATUSES, a.id(), null, today, today, null, null);
        assertThat(parseCsv(export(fromToday, ExportFormat.CSV))).hasSize(a.claims().size());
        ExportFilter tomorrow = new ExportFilter(ExportFilter.ALL_STATUSES, a.id(), null, today.plusDays(1), null, null,
                null);
        assertThat(parseCsv(export(tomorrow, ExportFormat.CSV))).isEmpty();
        assertThatThrownBy(() -> export(new ExportFilter(null, a.id(), null, today, today.minusDays(1), null, null),
                ExportFormat.CSV)).isInstanceOf(InputRejectedException.class).hasMessageContaining("start date");
    }

    @Test
    void metro_exports_none_of_the_politics_desks_claims_and_their_article_or_team_is_not_found() throws Exception {
        ArticleDetails politics = politicsArticleWithTwoVerified();
        ArticleDetails metroArticle = fixture().importAs("metro", "Metro export");
        AsUser.signIn("metro", Role.EDITOR_NAME); // metro's team membership, with an editor's right to export
        List<CSVRecord> everything = parseCsv(export(new ExportFilter(ExportFilter.ALL_STATUSES, null, null, null, null,
                null, null), ExportFormat.CSV));
        assertThat(everything).extracting(r -> r.get("article_title")).doesNotContain(politics.title())
                .contains(metroArticle.title());
        assertThat(everything).extracting(r -> Long.parseLong(r.get("claim_id")))
                .doesNotContainAnyElementsOf(politics.claims().stream().map(ClaimDetails::id).toList());
        assertThatThrownBy(() -> export(ExportFilter.ofArticle(politics.id()), ExportFormat.CSV))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> export(new ExportFilter(null, null, politics.teamId(), null, null, null, null),
                ExportFormat.CSV)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void an_editor_sees_the_exports_of_their_desk_and_not_another_desks_while_an_admin_sees_all() throws Exception {
        ArticleDetails a = politicsArticleWithTwoVerified();
        ExportResult politics = exports.export(ExportFilter.ofArticle(a.id()), ExportFormat.CSV,
                new ByteArrayOutputStream(), ExportProgress.NONE);

        AsUser.signIn("metro", Role.EDITOR_NAME); // an editor of the Metro desk only
        assertThat(exports.recent()).noneMatch(r -> r.id() == politics.recordId());
        AsUser.signIn("checker2", Role.EDITOR_NAME); // in the Politics desk, like the exporter
        assertThat(exports.recent()).anyMatch(r -> r.id() == politics.recordId());
        AsUser.signIn("admin", Role.ADMIN_NAME);
        assertThat(exports.recent()).anyMatch(r -> r.id() == politics.recordId());
    }

    @Test
    void a_fact_checker_may_not_export() {
        AsUser.signIn("checker", Role.FACT_CHECKER_NAME);
        assertThatThrownBy(() -> export(ExportFilter.verified(), ExportFormat.CSV))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> exports.recent()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void every_export_is_recorded_with_who_the_filter_the_format_and_the_rows() throws Exception {
        ArticleDetails a = politicsArticleWithTwoVerified();
        ExportResult result = exports.export(ExportFilter.ofArticle(a.id()), ExportFormat.JSON,
                new ByteArrayOutputStream(), ExportProgress.NONE);
        assertThat(result.rows()).isEqualTo(2);
        assertThat(exports.recent()).filteredOn(r -> r.id() == result.recordId()).singleElement().satisfies(r -> {
            assertThat(r.exportedBy()).isEqualTo("editor");
            assertThat(r.format()).isEqualTo(ExportFormat.JSON);
            assertThat(r.filter()).isEqualTo("status=VERIFIED article=" + a.id());
            assertThat(r.rowCount()).isEqualTo(2);
            assertThat(r.completed()).isTrue();
        });
    }

    @Test
    void a_cancelled_export_stops_and_is_recorded_as_not_completed() throws Exception {
        ArticleDetails a = politicsArticleWithTwoVerified();
        long before = records.count();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExportProgress cancelling = new ExportProgress() {
            @Override
            public void written(long rows, long total) {
            }

            @Override
            public boolean cancelled() {
                return true;
            }
        };
        assertThatThrownBy(() -> exports.export(ExportFilter.ofArticle(a.id()), ExportFormat.CSV, out, cancelling))
                .isInstanceOf(ExportCancelledException.class);
        assertThat(records.count()).isEqualTo(before + 1);
        assertThat(exports.recent()).filteredOn(r -> r.filter().equals("status=VERIFIED article=" + a.id()))
                .singleElement().satisfies(r -> {
                    assertThat(r.completed()).isFalse();
                    assertThat(r.rowCount()).isZero();
                });
        assertThat(parseCsv(out.toByteArray())).isEmpty(); // the header only: no claim was written
    }

    @Test
    void a_format_no_writer_serves_is_refused_with_a_clear_message() {
        AsUser.signIn("editor", Role.EDITOR_NAME);
        ExportService withoutWriters = new ExportService(List.of(), rows, records, currentUser, clock, transactions,
                teamAccess, new ExportMetrics(new SimpleMeterRegistry()));
        assertThatThrownBy(() -> withoutWriters.export(ExportFilter.verified(), ExportFormat.CSV,
                new ByteArrayOutputStream(), ExportProgress.NONE))
                .isInstanceOf(InputRejectedException.class).hasMessage("This format is not available.");
        assertThat(withoutWriters.available(ExportFormat.CSV)).isFalse();
        assertThat(exports.available(ExportFormat.CSV)).isTrue();
        assertThat(exports.available(ExportFormat.JSON)).isTrue();
    }

    @Test
    void the_file_name_says_what_was_exported_and_when() {
        String today = LocalDate.now(clock.withZone(ZoneOffset.UTC)).toString();
        assertThat(exports.fileName(ExportFilter.verified(), ExportFormat.CSV))
                .isEqualTo("claimdesk-verified-claims-" + today + ".csv");
        assertThat(exports.fileName(ExportFilter.ofArticle(12), ExportFormat.JSON))
                .isEqualTo("claimdesk-article-12-" + today + ".json");
        assertThat(exports.fileName(ExportFilter.verified().withStatuses(ExportFilter.ALL_STATUSES), ExportFormat.HTML))
                .isEqualTo("claimdesk-claims-" + today + ".html");
    }
}
