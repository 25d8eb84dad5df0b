package org.claimdesk.base;

import org.springframework.http.converter.HttpMessageNotReadableException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.MismatchedInputException;

import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * What is wrong with a request body that could not be read, said for the person who wrote it: which field
 * ({@code version}, {@code quantities[0].value}) and what it must be, instead of "Failed to read request".
 */
record UnreadableJson(String field, String detail) {

    static UnreadableJson of(HttpMessageNotReadableException e) {
        JacksonException jackson = cause(e);
        if (jackson == null) {
            return new UnreadableJson(null, "The request needs a JSON body.");
        }
        String field = path(jackson);
        if (jackson instanceof MismatchedInputException mismatch && field != null) {
            return new UnreadableJson(field, "The " + field + " " + expected(mismatch.getTargetType()) + ".");
        }
        if (field != null) {
            return new UnreadableJson(field, "The " + field + " could not be read.");
        }
        var at = jackson.getLocation();
        return new UnreadableJson(null, "The request body is not valid JSON"
                + (at != null && at.getLineNr() > 0 ? " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")" : "")
                + ".");
    }

    private static JacksonException cause(Throwable e) {
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof JacksonException j) {
                return j;
            }
        }
        return null;
    }

    /** The field as a path: names joined by dots, list positions in brackets; null for the body itself. */
    private static String path(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference ref : e.getPath()) {
            if (ref.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? null : path.toString();
    }

    /** What a value of {@code type} must look like, e.g. "must be a whole number (written without quotes)". */
    static String expected(Class<?> type) {
        if (type == null) {
            return "has the wrong type";
        }
        if (type.isEnum()) {
            return "must be one of " + Arrays.stream(type.getEnumConstants()).map(Object::toString)
                    .collect(Collectors.joining(", "));
        }
        if (type == Long.class || type == long.class || type == Integer.class || type == int.class
                || type == Short.class || type == short.class) {
            return "must be a whole number (written without quotes)";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class) {
            return "must be a number (written without quotes)";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "must be true or false";
        }
        if (type == String.class) {
            return "must be text (in quotes)";
        }
        if (type == java.time.LocalDate.class) {
            return "must be a date written like 2025-03-14";
        }
        if (Temporal.class.isAssignableFrom(type)) {
            return "must be a date and time written like 2025-03-14T09:30:00Z";
        }
        if (Iterable.class.isAssignableFrom(type) || type.isArray()) {
            return "must be a list";
        }
        return "must be an object";
    }
}
