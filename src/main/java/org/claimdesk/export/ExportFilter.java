package org.claimdesk.export;

import org.claimdesk.claim.ClaimStatus;
import org.claimdesk.extraction.ClaimType;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.StringJoiner;
import java.util.TreeSet;

/**
 * Which claims an export takes. Every part but the statuses is optional (null = any).
 *
 * @param statuses  the statuses to export; null or empty = VERIFIED only (other statuses only when asked for)
 * @param articleId one article's claims
 * @param teamId    one team's claims (within the exporter's teams)
 * @param from      claims created (extracted or added) on or after this day, UTC
 * @param to        claims created on or before this day, UTC
 * @param query     words in the claim text or claimant, as in the claims grid's search
 * @param type      the claim type, as in the claims grid's type filter
 */
public record ExportFilter(Set<ClaimStatus> statuses, Long articleId, Long teamId, LocalDate from, LocalDate to,
                           String query, ClaimType type) {

    public static final Set<ClaimStatus> ALL_STATUSES = Set.copyOf(EnumSet.allOf(ClaimStatus.class));

    public ExportFilter {
        statuses = statuses == null || statuses.isEmpty() ? Set.of(ClaimStatus.VERIFIED) : Set.copyOf(statuses);
        query = query == null || query.isBlank() ? null : query.strip();
    }

    /** The default export: every verified claim the exporter may read. */
    public static ExportFilter verified() {
        return new ExportFilter(null, null, null, null, null, null, null);
    }

    /** The verified claims of one article. */
    public static ExportFilter ofArticle(long articleId) {
        return new ExportFilter(null, articleId, null, null, null, null, null);
    }

    public ExportFilter withStatuses(Set<ClaimStatus> s) {
        return new ExportFilter(s, articleId, teamId, from, to, query, type);
    }

    public boolean allStatuses() {
        return statuses.containsAll(ALL_STATUSES);
    }

    /** The filter as the export record keeps it, e.g. {@code status=VERIFIED article=12 q="troops"}. */
    public String describe() {
        StringJoiner text = new StringJoiner(" ");
        text.add("status=" + (allStatuses() ? "ALL" : String.join(",", new TreeSet<>(statuses.stream().map(Enum::name).toList()))));
        if (articleId != null) {
            text.add("article=" + articleId);
        }
        if (teamId != null) {
            text.add("team=" + teamId);
        }
        if (from != null) {
            text.add("from=" + from);
        }
        if (to != null) {
            text.add("to=" + to);
        }
        if (type != null) {
            text.add("type=" + type);
        }
        if (query != null) {
            text.add("q=\"" + query + "\"");
        }
        return text.toString();
    }
}
