package org.claimdesk.export;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.StringJoiner;

/** What both editor's reports (Markdown and HTML) say the same way: which links are links, how values read. */
final class ReportText {

    private ReportText() {
    }

    /**
     * The link when it is an absolute http or https address with a host, else null: a report never makes a link
     * of anything else ({@code javascript:}, {@code data:}, a relative path), it shows it as text.
     */
    static String webLink(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        String s = url.strip();
        if (s.chars().anyMatch(c -> c <= ' ' || c == 0x7f)) {
            return null; // no spaces or control characters inside a link
        }
        try {
            URI uri = new URI(s);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return s;
            }
        } catch (URISyntaxException e) {
            return null;
        }
        return null;
    }

    /** An enum name as words: "MOSTLY_TRUE" is "Mostly true". */
    static String words(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String lower = name.strip().replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }

    /** The verdict in one line: "Attribution: Confirmed · Rating: False", or null without a verdict. */
    static String verdict(ExportRow row) {
        StringJoiner line = new StringJoiner(" · ");
        if (row.attribution() != null) {
            line.add("Attribution: " + words(row.attribution()));
        }
        String rating = row.ratingLabel() != null ? row.ratingLabel() : words(row.rating());
        if (rating != null) {
            line.add("Rating: " + rating);
        }
        return line.length() == 0 ? null : line.toString();
    }

    /** Who gave the verdict and who approved it: "checker, approved by editor on 2025-03-15"; null when nobody. */
    static String people(ExportRow row) {
        StringJoiner line = new StringJoiner(", ");
        if (hasText(row.verdictAuthor())) {
            line.add(row.verdictAuthor().strip());
        }
        if (hasText(row.approvedBy())) {
            line.add("approved by " + row.approvedBy().strip()
                    + (row.approvedAt() == null ? "" : " on " + row.approvedAt().toString().substring(0, 10)));
        }
        return line.length() == 0 ? null : line.toString();
    }

    /** A source's publisher, stance and date: "Courier · supports · 2025-03-14". */
    static String sourceDetails(ExportSource source) {
        StringJoiner line = new StringJoiner(" · ");
        if (source.publisher() != null && !source.publisher().isBlank()) {
            line.add(source.publisher().strip());
        }
        if (source.stance() != null) {
            line.add(source.stance().toLowerCase(Locale.ROOT));
        }
        LocalDate date = source.publishedAt();
        if (date != null) {
            line.add(date.toString());
        }
        return line.toString();
    }

    /** The title a source is shown under: its title, else its address. */
    static String sourceTitle(ExportSource source) {
        if (source.title() != null && !source.title().isBlank()) {
            return source.title().strip();
        }
        return source.url() == null ? "(no address)" : source.url().strip();
    }

    /** The report's main heading. */
    static String reportTitle(String title) {
        return title == null || title.isBlank() ? "Editor's report" : "Editor's report: " + title.strip();
    }

    static boolean hasText(String s) {
        return s != null && !s.isBlank();
    }
}
