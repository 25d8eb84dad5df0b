package org.claimdesk.export;

import org.springframework.web.util.HtmlUtils;

/**
 * The public, read-only HTML page of one published claim: the claim and who made it, the rating and why, the
 * sources as links, and the ClaimReview JSON-LD in a {@code <script type="application/ld+json">} for search
 * engines. Every piece of user text is HTML-escaped; only http/https addresses become links; the JSON-LD is
 * written with {@code <}, {@code >} and {@code &} escaped, so it cannot end its script element.
 */
final class FactCheckPage {

    private static final String STYLE = """
            body{font-family:system-ui,sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#1a1a1a}
            .claimant{color:#555}.rating{font-size:1.4rem;font-weight:700}
            .notice{border:2px solid #b26b00;background:#fff4e0;padding:.75rem 1rem;border-radius:.4rem}
            footer{margin-top:2rem;color:#666;font-size:.9rem}""";

    private FactCheckPage() {
    }

    static String render(ExportRow row, PublicationState state, String claimReviewJson, String publisherName) {
        StringBuilder h = new StringBuilder(4096);
        h.append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>Fact check: ").append(esc(row.claimReviewed())).append("</title>")
                .append("<style>").append(STYLE).append("</style>");
        if (claimReviewJson != null) {
            h.append("<script type=\"application/ld+json\">").append(claimReviewJson).append("</script>");
        }
        h.append("</head><body><main>");
        if (state == PublicationState.UNDER_REVIEW) {
            h.append("<p class=\"notice\" id=\"under-review\">This fact check is under review: new information is ")
                    .append("being checked, and the rating below may change.</p>");
        }
        h.append("<p>Fact check</p><h1 id=\"claim\">").append(esc(row.claimReviewed())).append("</h1>");
        h.append("<p class=\"claimant\" id=\"claimant\">Claimed by ").append(esc(row.claimant()));
        if (ReportText.hasText(row.claimantDescription())) {
            h.append(", ").append(esc(row.claimantDescription())).append(',');
        }
        String article = ReportText.webLink(row.articleUrl());
        h.append(article == null ? " in “" + esc(row.articleTitle()) + "”"
                : " in <a href=\"" + esc(article) + "\" rel=\"nofollow noopener\">" + esc(row.articleTitle()) + "</a>");
        if (row.articlePublishedAt() != null) {
            h.append(" (").append(row.articlePublishedAt()).append(')');
        }
        h.append("</p>");
        String rating = row.ratingLabel() != null ? row.ratingLabel() : ReportText.words(row.rating());
        h.append("<p class=\"rating\" id=\"rating\">").append(esc(rating)).append("</p>");
        if (row.attribution() != null) {
            h.append("<p id=\"attribution\">Attribution: ").append(esc(ReportText.words(row.attribution()))).append("</p>");
        }
        if (ReportText.hasText(row.rationale())) {
            h.append("<h2>Why</h2><p id=\"rationale\">").append(esc(row.rationale()).replace("\n", "<br>")).append("</p>");
        }
        if (!row.sources().isEmpty()) {
            h.append("<h2>Sources</h2><ul id=\"sources\">");
            for (ExportSource s : row.sources()) {
                String link = ReportText.webLink(s.url());
                h.append("<li>");
                h.append(link == null ? esc(ReportText.sourceTitle(s))
                        : "<a href=\"" + esc(link) + "\" rel=\"nofollow noopener\">" + esc(ReportText.sourceTitle(s)) + "</a>");
                String details = ReportText.sourceDetails(s);
                if (!details.isEmpty()) {
                    h.append(" — ").append(esc(details));
                }
                h.append("</li>");
            }
            h.append("</ul>");
        }
        h.append("<footer>Checked by ").append(esc(publisherName));
        if (row.approvedAt() != null) {
            h.append(" · ").append(row.approvedAt().toString(), 0, 10);
        }
        h.append("</footer></main></body></html>");
        return h.toString();
    }

    /** The page of an address whose fact check was withdrawn. */
    static String gone(String publisherName) {
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Fact check withdrawn</title>"
                + "<style>" + STYLE + "</style></head><body><main><h1>This fact check was withdrawn</h1>"
                + "<p>" + esc(publisherName) + " no longer publishes it.</p></main></body></html>";
    }

    static String notFound() {
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Not found</title>"
                + "<style>" + STYLE + "</style></head><body><main><h1>No fact check at this address</h1></main></body></html>";
    }

    private static String esc(String text) {
        return text == null ? "" : HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
