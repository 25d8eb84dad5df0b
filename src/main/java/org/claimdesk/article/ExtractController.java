package org.claimdesk.article;

import org.claimdesk.extraction.ClaimExtractor;
import org.claimdesk.extraction.ClaimJson;
import org.claimdesk.security.Role;
import org.claimdesk.shared.InputRejectedException;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Runs extraction on a text and returns the claims without storing anything: the same array the
 * {@code extract --json} command prints, written by the same serializer ({@link ClaimJson}), so a figure's value
 * reads {@code 11000} here as there (Jackson would write the double as {@code 11000.0}).
 */
@RestController
@RequestMapping(path = "/api/v1/extract", produces = "application/json")
class ExtractController {

    record TextBody(String text) {
    }

    private final ClaimExtractor extractor = ClaimExtractor.standard();

    @PostMapping(consumes = MediaType.TEXT_PLAIN_VALUE)
    @PreAuthorize(Role.ANY_STAFF)
    String extractPlain(@RequestBody(required = false) String text) {
        ArticleService.checkedText(text); // validates; offsets refer to the text as sent
        return ClaimJson.toJson(extractor.extract(text));
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(Role.ANY_STAFF)
    String extractJson(@RequestBody TextBody body) {
        if (body == null) {
            throw new InputRejectedException("text", "Send {\"text\": \"...\"}.");
        }
        ArticleService.checkedText(body.text());
        return ClaimJson.toJson(extractor.extract(body.text()));
    }
}
