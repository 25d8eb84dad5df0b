package org.claimdesk.export;

import org.springframework.web.util.HtmlUtils;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The editor's report as one printable HTML page: a section per article (its title and address), then each claim
 * with its claimant, status, verdict, rationale and sources as links. Every piece of user text is HTML-escaped;
 * only http and https addresses become links (others are shown as text). Rows come ordered by article, so a
 * section starts when the article changes and no row is kept.
 */
public final class HtmlReportWriter implements RowWriter {

    /** Readable on screen, and on paper: no claim split over two pages where avoidable, link targets printed. */
    private static final String STYLE = """
            body{font:15px/1.5 system-ui,sans-serif;max-width:50rem;margin:2rem auto;padding:0 1rem;color:#1b1b1b}
            h1{font-size:1.6rem}h2{font-size:1.3rem;margin-top:2.5rem;border-bottom:1px solid #ccc}
            h3{font-size:1.05rem;margin-bottom:.3rem}.meta{color:#555}dl{display:grid;grid-template-columns:max-content 1fr;gap:.1rem 1rem;margin:.3rem 0}
            dt{font-weight:600}dd{margin:0}blockquote{margin:.3rem 0;padding-left:.8rem;border-left:3px solid #ccc;white-space:pre-line}
            a{color:#0b57d0}
            @media print{body{margin:0;max-width:none;font-size:11pt}a{color:inherit}
            a[href^="http"]::after{content:" (" attr(href) ")";font-size:9pt;color:#555;word-break:break-all}
            .claim{break-inside:avoid}section.article{break-before:page}section.article:first-of-type{break-before:auto}}
            """;

    private final Writer out;
    private final String title;
    private Long article;
    private boolean any;

    public HtmlReportWriter(OutputStream out, String title) {
        this.out = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        this.title = title;
    }

    @Override
    public void begin() throws IOException {
        String heading = esc(ReportText.reportTitle(title));
        out.write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        out.write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        out.write("<meta name=\"referrer\" content=\"no-referrer\">\n");
        out.write("<title>" + heading + "</title>\n<style>\n" + STYLE + "</style>\n</head>\n<body>\n");
        out.write("<h1>" + heading + "</h1>\n");
    }

    @Override
    public void row(ExportRow row) throws IOException {
        if (article == null || article != row.articleId()) {
            if (article != null) {
                out.write("</section>\n");
            }
            article = row.articleId();
            articleHeading(row);
        }
        any = true;
        claim(row);
    }

    @Override
    public void end() throws IOException {
        out.write(any ? "</section>\n" : "<p>No claims.</p>\n");
        out.write("</body>\n</html>\n");
        out.flush();
    }

    @Override
    public void close() throws IOException {
        out.flush(); // never closes the caller's stream
    }

    private void articleHeading(ExportRow row) throws IOException {
        out.write("<section class=\"article\">\n<h2>"
                + esc(ReportText.hasText(row.articleTitle()) ? row.articleTitle() : "Article " + row.articleId())
                + "</h2>\n");
        StringBuilder meta = new StringBuilder(link(row.articleUrl(), row.articleUrl()));
        if (ReportText.hasText(row.articlePublisher())) {
            meta.append(meta.isEmpty() ? "" : " · ").append(esc(row.articlePublisher()));
        }
        if (row.articlePublishedAt() != null) {
            meta.append(meta.isEmpty() ? "" : " · ").append("published ").append(row.articlePublishedAt());
        }
        if (!meta.isEmpty()) {
            out.write("<p class=\"meta\">" + meta + "</p>\n");
        }
    }

    private void claim(ExportRow row) throws IOException {
        out.write("<div class=\"claim\">\n<h3>Claim " + row.claimId() + ": " + esc(row.claimText()) + "</h3>\n<dl>\n");
        if (ReportText.hasText(row.claimant())) {
            out.write(item("Claimant", esc(row.claimant())
                    + (ReportText.hasText(row.claimantDescription()) ? " (" + esc(row.claimantDescription()) + ")" : "")));
        }
        out.write(item("Status", esc(ReportText.words(row.status()))));
        String verdict = ReportText.verdict(row);
        out.write(item("Verdict", verdict == null ? "none yet" : esc(verdict)));
        String people = ReportText.people(row);
        if (people != null) {
            out.write(item("Checked by", esc(people)));
        }
        out.write("</dl>\n");
        if (ReportText.hasText(row.rationale())) {
            out.write("<h4>Rationale</h4>\n<blockquote>" + esc(row.rationale().strip()) + "</blockquote>\n");
        }
        sources(row.sources());
        out.write("</div>\n");
    }

    private void sources(List<ExportSource> sources) throws IOException {
        if (sources.isEmpty()) {
            out.write("<p><em>No sources.</em></p>\n");
            return;
        }
        out.write("<h4>Sources</h4>\n<ol>\n");
        for (ExportSource s : sources) {
            StringBuilder item = new StringBuilder("<li>").append(link(s.url(), ReportText.sourceTitle(s)));
            if (ReportText.webLink(s.url()) == null && ReportText.hasText(s.url()) && ReportText.hasText(s.title())) {
                item.append(" (").append(esc(s.url())).append(")"); // not a web link: shown, never linked
            }
            String details = ReportText.sourceDetails(s);
            if (!details.isEmpty()) {
                item.append(" — ").append(esc(details));
            }
            if (ReportText.hasText(s.archivedUrl())) {
                item.append(" — ").append(link(s.archivedUrl(), "archived copy"));
            }
            out.write(item.append("</li>\n").toString());
        }
        out.write("</ol>\n");
    }

    private static String item(String term, String escapedValue) {
        return "<dt>" + term + "</dt><dd>" + escapedValue + "</dd>\n";
    }

    /** A link when the address is http or https, else the label as text; the address is escaped in the attribute. */
    private static String link(String url, String label) {
        if (!ReportText.hasText(url)) {
            return "";
        }
        String web = ReportText.webLink(url);
        if (web == null) {
            return esc(label);
        }
        return "<a href=\"" + esc(web) + "\" rel=\"noopener noreferrer nofollow\">" + esc(label) + "</a>";
    }

    /** User text HTML-escaped (&lt; &gt; &amp; &quot; &#39;), for element content and quoted attributes alike. */
    static String esc(String s) {
        return s == null ? "" : HtmlUtils.htmlEscape(s, StandardCharsets.UTF_8.name());
    }
}
