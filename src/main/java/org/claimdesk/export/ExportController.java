package org.claimdesk.export;

import jakarta.servlet.http.HttpServletResponse;
import org.claimdesk.claim.ClaimStatus;
import org.claimdesk.extraction.ClaimType;
import org.claimdesk.shared.InputRejectedException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The export API: streams the same output as the UI's export, as a file download. Everything is checked before
 * the first byte, so a refused export is an ordinary problem+json answer (400, 403, 404).
 */
@RestController
class ExportController {

    private final ExportService exports;

    ExportController(ExportService exports) {
        this.exports = exports;
    }

    @GetMapping("/api/v1/export")
    void export(@RequestParam(required = false) String format,
                @RequestParam(name = "status", required = false) List<String> statuses,
                @RequestParam(required = false) Long article,
                @RequestParam(required = false) Long team,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                @RequestParam(required = false) String q,
                @RequestParam(required = false) String type,
                HttpServletResponse response) throws IOException {
        ExportFormat f = format(format);
        ExportFilter filter = new ExportFilter(statuses(statuses), article, team, from, to, q, type(type));
        exports.check(filter, f);
        response.setContentType(f.contentType);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(exports.fileName(filter, f), StandardCharsets.UTF_8).build().toString());
        OutputStream out = response.getOutputStream();
        exports.export(filter, f, out, ExportProgress.NONE);
        out.flush();
    }

    @GetMapping(path = "/api/v1/exports", produces = "application/json")
    List<ExportRecordDetails> records() {
        return exports.recent();
    }

    private static ExportFormat format(String value) {
        if (value == null || value.isBlank()) {
            throw new InputRejectedException("format", "Choose a format: " + formats() + ".");
        }
        try {
            return ExportFormat.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InputRejectedException("format", "The format is one of " + formats() + ".");
        }
    }

    private static String formats() {
        return Arrays.stream(ExportFormat.values()).map(f -> f.name().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(", "));
    }

    /** Absent: verified only; {@code ALL}: every status; otherwise the statuses named (the parameter may repeat). */
    private static Set<ClaimStatus> statuses(List<String> values) {
        if (values == null) {
            return null;
        }
        Set<ClaimStatus> result = EnumSet.noneOf(ClaimStatus.class);
        for (String value : values) {
            for (String part : value.split(",")) {
                String name = part.strip().toUpperCase(Locale.ROOT);
                if (name.isEmpty()) {
                    continue;
                }
                if (name.equals("ALL")) {
                    return ExportFilter.ALL_STATUSES;
                }
                try {
                    result.add(ClaimStatus.valueOf(name));
                } catch (IllegalArgumentException e) {
                    throw new InputRejectedException("status", "The status is ALL or one of "
                            + Arrays.toString(ClaimStatus.values()) + ".");
                }
            }
        }
        return result;
    }

    private static ClaimType type(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return ClaimType.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InputRejectedException("type", "The type is one of " + Arrays.toString(ClaimType.values()) + ".");
        }
    }
}
