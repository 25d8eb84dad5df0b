package org.claimdesk.export;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import java.time.Duration;

/**
 * {@code GET /fact-checks/{slug}}: the public page of a published claim, for anyone (no sign-in; see
 * {@code security.PublicPagesSecurity}). 404 for an address that never had a page, 410 for a withdrawn one. The
 * page allows no script to run and loads nothing from elsewhere (Content-Security-Policy).
 */
@Controller
class FactCheckPageController {

    private static final String POLICY = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; "
            + "form-action 'none'; frame-ancestors 'none'";

    private final PublishingService publishing;
    private final PublisherSettings settings;

    FactCheckPageController(PublishingService publishing, PublisherSettings settings) {
        this.publishing = publishing;
        this.settings = settings;
    }

    @GetMapping(path = "/fact-checks/{slug}", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> page(@PathVariable String slug) {
        return publishing.page(slug).map(p -> p.state() == PublicationState.UNPUBLISHED
                        ? html(HttpStatus.GONE, FactCheckPage.gone(settings.name()))
                        : html(HttpStatus.OK, FactCheckPage.render(p.row(), p.state(), p.claimReviewJson(), settings.name())))
                .orElseGet(() -> html(HttpStatus.NOT_FOUND, FactCheckPage.notFound()));
    }

    private static ResponseEntity<String> html(HttpStatus status, String body) {
        return ResponseEntity.status(status)
                .contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
                .cacheControl(CacheControl.maxAge(Duration.ofMinutes(1)).cachePublic())
                .header("Content-Security-Policy", POLICY)
                .header("X-Content-Type-Options", "nosniff")
                .body(body);
    }
}
