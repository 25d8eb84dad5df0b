package org.claimdesk.claim.ui;

import com.vaadin.flow.router.QueryParameters;
import org.claimdesk.claim.ClaimFilter;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The claims grid's filters as URL query parameters ({@code claims?q=…&status=VERIFIED&type=STATISTIC&article=12}),
 * so a filtered list survives leaving the view and can be shared or linked (the dashboard's charts do). Reading
 * never fails: a value that is not one of the choices (status=NOPE, article=abc) leaves that filter empty.
 */
final class ClaimsUrl {

    static final String PATH = "claims";
    static final String QUERY = "q";
    static final String STATUS = "status";
    static final String TYPE = "type";
    static final String ARTICLE = "article";
    static final String RATING = "rating";
    static final String VERDICT_WEEK = "verdictWeek";

    private ClaimsUrl() {
    }

    /** The parameters of a filter: only those that are set, words first. */
    static QueryParameters of(ClaimFilter filter) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        if (filter.hasQuery()) {
            params.put(QUERY, List.of(filter.query()));
        }
        if (filter.status() != null) {
            params.put(STATUS, List.of(filter.status().name()));
        }
        if (filter.type() != null) {
            params.put(TYPE, List.of(filter.type().name()));
        }
        if (filter.articleId() != null) {
            params.put(ARTICLE, List.of(filter.articleId().toString()));
        }
        if (filter.rating() != null) {
            params.put(RATING, List.of(filter.rating()));
        }
        if (filter.verdictWeek() != null) {
            params.put(VERDICT_WEEK, List.of(filter.verdictWeek().toString()));
        }
        return new QueryParameters(params);
    }

    /** The first value of a parameter, or null. */
    static String first(QueryParameters params, String name) {
        return params.getSingleParameter(name).orElse(null);
    }

    /** The constant named by the value (any case), or null when it names none. */
    static <E extends Enum<E>> E choice(Class<E> type, String value) {
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException notOne) {
            return null;
        }
    }

    /** A rating's name (any case), or null when the value cannot be one. */
    static String rating(String value) {
        if (value == null) {
            return null;
        }
        String name = value.strip().toUpperCase(Locale.ROOT);
        return ClaimFilter.RATING_NAME.matcher(name).matches() ? name : null;
    }

    /** A Monday as an ISO date (2026-11-23), or null for anything else. */
    static java.time.LocalDate monday(String value) {
        if (value == null) {
            return null;
        }
        try {
            java.time.LocalDate day = java.time.LocalDate.parse(value.strip());
            return day.getDayOfWeek() == java.time.DayOfWeek.MONDAY ? day : null;
        } catch (java.time.format.DateTimeParseException notADate) {
            return null;
        }
    }

    /** A positive id, or null. */
    static Long id(String value) {
        if (value == null) {
            return null;
        }
        try {
            long id = Long.parseLong(value.strip());
            return id > 0 ? id : null;
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }
}
