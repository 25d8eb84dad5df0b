package org.claimdesk.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The editor's report in Markdown: a section per article (its title and address), then each claim with its
 * claimant, status, verdict, rationale and sources as links. User text is escaped so Markdown reads it as text
 * (no emphasis, links, HTML or headings come out of a claim); only http and https addresses become links.
 * Rows come ordered by article, so a section starts when the article changes and no row is kept.
 */
public final class MarkdownReportWriter implements RowWriter {

    /** Characters with a meaning anywhere in a line (CommonMark lets any ASCII punctuation be escaped). */
    private static final Pattern INLINE = Pattern.compile("([\\\\`*_{}\\[\\]()#!|<>~&\"])");

    /** What starts a block at the beginning of a line: a list item or a setext heading's underline. */
    private static final Pattern BULLET_START = Pattern.compile("^([-+=])");

    /** An ordered list item's number: its "." or ")" is escaped (a backslash before a digit is no escape). */
    private static final Pattern NUMBER_START = Pattern.compile("^(\\d+)([.)])");

    private final Writer out;
    private final String title;
    private Long article;
    private boolean any;

    public MarkdownReportWriter(OutputStream out, String title) {
        this.out = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        this.title = title;
    }

    @Override
    public void begin() throws IOException {
        out.write("# " + text(ReportText.reportTitle(title)) + "\n");
    }

    @Override
    public void row(ExportRow row) throws IOException {
        if (article == null || article != row.articleId()) {
            article = row.articleId();
            articleHeading(row);
        }
        any = true;
        claim(row);
    }

    @Override
    public void end() throws IOException {
        if (!any) {
            out.write("\nNo claims.\n");
        }
        out.flush();
    }

    @Override
    public void close() throws IOException {
        out.flush(); // never closes the caller's stream
    }

    private void articleHeading(ExportRow row) throws IOException {
        out.write("\n## " + text(ReportText.hasText(row.articleTitle()) ? row.articleTitle() : "Article " + row.articleId()) + "\n\n");
        StringBuilder meta = new StringBuilder(link(row.articleUrl(), row.articleUrl()));
        if (ReportText.hasText(row.articlePublisher())) {
            meta.append(meta.isEmpty() ? "" : " · ").append(text(row.articlePublisher()));
        }
        if (row.articlePublishedAt() != null) {
            meta.append(meta.isEmpty() ? "" : " · ").append("published ").append(row.articlePublishedAt());
        }
        if (!meta.isEmpty()) {
            out.write(meta + "\n");
        }
    }

    private void claim(ExportRow row) throws IOException {
        out.write("\n### Claim " + row.claimId() + ": " + text(row.claimText()) + "\n\n");
        if (ReportText.hasText(row.claimant())) {
            String who = text(row.claimant())
                    + (ReportText.hasText(row.claimantDescription()) ? " (" + text(row.claimantDescription()) + ")" : "");
            out.write("- **Claimant:** " + who + "\n");
        }
        out.write("- **Status:** " + text(ReportText.words(row.status())) + "\n");
        String verdict = ReportText.verdict(row);
        out.write("- **Verdict:** " + (verdict == null ? "none yet" : text(verdict)) + "\n");
        String people = ReportText.people(row);
        if (people != null) {
            out.write("- **Checked by:** " + text(people) + "\n");
        }
        if (ReportText.hasText(row.rationale())) {
            out.write("\n**Rationale**\n\n");
            for (String line : row.rationale().strip().split("\\R")) {
                out.write(line.isBlank() ? ">\n" : "> " + lineText(line) + "\n");
            }
        }
        sources(row.sources());
    }

    private void sources(List<ExportSource> sources) throws IOException {
        if (sources.isEmpty()) {
            out.write("\n*No sources.*\n");
            return;
        }
        out.write("\n**Sources**\n\n");
        int n = 1;
        for (ExportSource s : sources) {
            StringBuilder item = new StringBuilder(n++ + ". ").append(link(s.url(), ReportText.sourceTitle(s)));
            if (ReportText.webLink(s.url()) == null && ReportText.hasText(s.url()) && ReportText.hasText(s.title())) {
                item.append(" (").append(text(s.url())).append(")"); // not a web link: shown, never linked
            }
            String details = ReportText.sourceDetails(s);
            if (!details.isEmpty()) {
                item.append(" — ").append(text(details));
            }
            if (ReportText.hasText(s.archivedUrl())) {
                item.append(" — ").append(link(s.archivedUrl(), "archived copy"));
            }
            out.write(item + "\n");
        }
    }

    /** A link when the address is http or https, else the label (and the address) as text. */
    private static String link(String url, String label) {
        if (!ReportText.hasText(url)) {
            return "";
        }
        String web = ReportText.webLink(url);
        if (web == null) {
            return text(label);
        }
        // the pointy-bracket form takes any address without escaping its parentheses; webLink lets no space,
        // "<", ">" or backslash through (java.net.URI refuses them)
        return "[" + text(label) + "](<" + web + ">)";
    }

    /** User text on one line, every Markdown control character escaped. */
    static String text(String s) {
        if (s == null) {
            return "";
        }
        return INLINE.matcher(s.strip().replaceAll("\\s+", " ")).replaceAll("\\\\$1");
    }

    /** User text that starts a line: also escapes what would make it a list item or heading underline. */
    static String lineText(String s) {
        String t = BULLET_START.matcher(text(s)).replaceFirst("\\\\$1");
        return NUMBER_START.matcher(t).replaceFirst("$1\\\\$2");
    }
}
