package org.claimdesk.export;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The editor's reports: a section per article, each claim with verdict, rationale and sources; user text that
 * looks like HTML or Markdown comes out as text, and only http/https addresses become links.
 */
class ReportWritersTest {

    private static final String HOSTILE = "<script>alert(1)</script> **bold** [x](javascript:alert(1))";

    // ---- HTML

    @Test
    void the_html_report_has_a_section_per_article_with_its_title_link_and_claims() throws IOException {
        org.jsoup.nodes.Document page = Jsoup.parse(html(twoArticles()));

        List<Element> sections = page.select("section.article");
        assertThat(sections).hasSize(2);
        assertThat(sections.get(0).selectFirst("h2").text()).isEqualTo("North Korean troops in Kursk");
        assertThat(sections.get(0).selectFirst("p.meta a").attr("href")).isEqualTo("https://news.example.org/nk-troops");
        assertThat(sections.get(0).select(".claim h3").eachText())
                .containsExactly("Claim 11: First claim.", "Claim 12: Second claim.");
        assertThat(sections.get(1).selectFirst("h2").text()).isEqualTo("Port plans");
        assertThat(sections.get(1).select(".claim h3").eachText()).containsExactly("Claim 21: Port claim.");
    }

    @Test
    void the_html_report_shows_claimant_status_verdict_rationale_and_sources_as_links() throws IOException {
        Element claim = Jsoup.parse(html(List.of(SampleRows.verified().build()))).selectFirst(".claim");

        assertThat(claim.select("dt").eachText()).containsExactly("Claimant", "Status", "Verdict", "Checked by");
        assertThat(claim.select("dd").eachText()).containsExactly(
                "South Korea's National Intelligence Service (the country's spy agency)", "Verified",
                "Attribution: Confirmed · Rating: Mostly true", "checker, approved by editor on 2024-11-06");
        assertThat(claim.selectFirst("blockquote").text()).isEqualTo("Two independent outlets report the figure.");
        assertThat(claim.select("ol li a").eachAttr("href")).containsExactly("https://wire.example.com/nk",
                "https://daily.example.net/kursk", "https://archive.example.org/kursk");
        assertThat(claim.select("ol li").get(0).text()).isEqualTo("NIS briefing — Example Wire · supports · 2024-11-04");
    }

    @Test
    void the_html_report_is_printable() throws IOException {
        org.jsoup.nodes.Document page = Jsoup.parse(html(List.of(SampleRows.verified().build())));

        assertThat(page.select("head style").html()).contains("@media print");
        assertThat(page.selectFirst("meta[charset]").attr("charset")).isEqualTo("utf-8");
    }

    @Test
    void user_text_in_the_html_report_is_inert() throws IOException {
        String html = html(List.of(hostileRow()));
        org.jsoup.nodes.Document page = Jsoup.parse(html);

        assertThat(html).doesNotContain("<script>").doesNotContain("<b>");
        assertThat(page.select("script")).isEmpty();
        assertThat(page.select("a").eachAttr("href")).noneMatch(h -> h.toLowerCase().contains("javascript"));
        assertThat(page.selectFirst("h2").text()).isEqualTo("Title " + HOSTILE);
        assertThat(page.selectFirst(".claim h3").text()).isEqualTo("Claim 11: " + HOSTILE);
        assertThat(page.selectFirst("blockquote").text()).isEqualTo(HOSTILE);
    }

    @Test
    void a_javascript_source_url_is_shown_as_text_not_as_a_link() throws IOException {
        org.jsoup.nodes.Document page = Jsoup.parse(html(List.of(hostileRow())));

        Element source = page.selectFirst("ol li");
        assertThat(source.select("a")).isEmpty();
        assertThat(source.text()).contains("Evil source (javascript:alert(document.cookie))");
    }

    @Test
    void an_attribute_cannot_be_broken_out_of_by_a_quote_in_a_link() throws IOException {
        SampleRows row = SampleRows.verified();
        row.sources = List.of(new ExportSource("https://example.org/a?q=\"onmouseover=\"alert(1)", "Quoted", null,
                "CONTEXT", null, null, null));

        String html = html(List.of(row.build()));

        assertThat(Jsoup.parse(html).select("[onmouseover]")).isEmpty();
    }

    @Test
    void an_empty_html_report_says_so() throws IOException {
        assertThat(Jsoup.parse(html(List.of())).body().text()).contains("No claims.");
    }

    // ---- Markdown

    @Test
    void the_markdown_report_has_a_section_per_article_with_its_title_link_and_claims() throws IOException {
        String md = markdown(twoArticles());

        assertThat(md.lines().filter(l -> l.startsWith("## ")))
                .containsExactly("## North Korean troops in Kursk", "## Port plans");
        assertThat(md.lines().filter(l -> l.startsWith("### ")))
                .containsExactly("### Claim 11: First claim.", "### Claim 12: Second claim.",
                        "### Claim 21: Port claim.");
        assertThat(md).contains("[https://news.example.org/nk-troops](<https://news.example.org/nk-troops>)");
        assertThat(md.indexOf("## Port plans")).isGreaterThan(md.indexOf("### Claim 12"));
    }

    @Test
    void the_markdown_report_shows_claimant_status_verdict_rationale_and_sources_as_links() throws IOException {
        String md = markdown(List.of(SampleRows.verified().build()));

        assertThat(md).contains("- **Claimant:** South Korea's National Intelligence Service (the country's spy agency)")
                .contains("- **Status:** Verified")
                .contains("- **Verdict:** Attribution: Confirmed · Rating: Mostly true")
                .contains("> Two independent outlets report the figure.")
                .contains("1. [NIS briefing](<https://wire.example.com/nk>) — Example Wire · supports · 2024-11-04")
                .contains("[archived copy](<https://archive.example.org/kursk>)");
    }

    @Test
    void user_text_in_the_markdown_report_is_inert() throws IOException {
        String md = markdown(List.of(hostileRow()));

        String escaped = "\\<script\\>alert\\(1\\)\\</script\\> \\*\\*bold\\*\\* \\[x\\]\\(javascript:alert\\(1\\)\\)";
        assertThat(md).doesNotContain("<script>").doesNotContain("**bold**").doesNotContain("[x](")
                .contains("### Claim 11: " + escaped)
                .contains("> " + escaped);
    }

    @Test
    void a_javascript_source_url_is_not_a_markdown_link() throws IOException {
        String md = markdown(List.of(hostileRow()));

        assertThat(md).contains("1. Evil source (javascript:alert\\(document.cookie\\))")
                .doesNotContain("](javascript").doesNotContain("](<javascript");
    }

    @Test
    void a_rationale_line_that_looks_like_a_list_or_heading_stays_text() throws IOException {
        SampleRows row = SampleRows.verified();
        row.rationale = "# Not a heading\n- not a list\n1. not numbered\n===";

        String md = markdown(List.of(row.build()));

        assertThat(md).contains("> \\# Not a heading", "> \\- not a list", "> 1\\. not numbered", "> \\===");
    }

    // ---- helpers

    private static List<ExportRow> twoArticles() {
        return List.of(
                SampleRows.verified().claim(11, "First claim.").build(),
                SampleRows.verified().claim(12, "Second claim.").build(),
                SampleRows.verified().claim(21, "Port claim.").article(4, "Port plans", "https://example.org/port").build());
    }

    private static ExportRow hostileRow() {
        SampleRows row = SampleRows.verified().claim(11, HOSTILE).article(5, "Title " + HOSTILE, "javascript:alert(1)");
        row.rationale = HOSTILE;
        row.claimant = HOSTILE;
        row.sources = List.of(new ExportSource("javascript:alert(document.cookie)", "Evil source", null, null,
                LocalDate.of(2024, 1, 1), "data:text/html,<script>alert(1)</script>", null));
        return row.build();
    }

    private static String html(List<ExportRow> rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (RowWriter writer = new HtmlReportWriter(out, "Verified claims")) {
            write(writer, rows);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static String markdown(List<ExportRow> rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (RowWriter writer = new MarkdownReportWriter(out, "Verified claims")) {
            write(writer, rows);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static void write(RowWriter writer, List<ExportRow> rows) throws IOException {
        writer.begin();
        for (ExportRow row : rows) {
            writer.row(row);
        }
        writer.end();
    }
}
