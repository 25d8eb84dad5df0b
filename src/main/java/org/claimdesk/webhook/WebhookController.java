package org.claimdesk.webhook;

import org.claimdesk.export.PublicationChanged;
import org.claimdesk.shared.InputRejectedException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.*;

import java.util.List;
import java.util.Set;

/** {@code /api/v1/webhooks} (admins): register, list, change and delete webhooks, and read their delivery log. */
@RestController
@RequestMapping(path = "/api/v1/webhooks", produces = "application/json")
class WebhookController {

    private final WebhookService webhooks;

    WebhookController(WebhookService webhooks) {
        this.webhooks = webhooks;
    }

    /** {@code enabled} defaults to true; {@code kinds} null or empty for all; {@code teamId} null for every team. */
    record WebhookBody(String url, Long teamId, Set<PublicationChanged.Kind> kinds, Boolean enabled, Long version) {

        WebhookInput input() {
            return new WebhookInput(url, teamId, kinds, enabled == null || enabled);
        }
    }

    @GetMapping
    List<WebhookDetails> list() {
        return webhooks.list();
    }

    @GetMapping("/{id}")
    WebhookDetails get(@PathVariable long id) {
        return webhooks.get(id);
    }

    /** 201 with the webhook and its secret (shown this once). */
    @PostMapping(consumes = "application/json")
    @ResponseStatus(HttpStatus.CREATED)
    IssuedWebhook create(@RequestBody WebhookBody body) {
        return webhooks.create(body == null ? null : body.input());
    }

    @PutMapping(path = "/{id}", consumes = "application/json")
    WebhookDetails update(@PathVariable long id, @RequestBody WebhookBody body) {
        if (body == null) {
            throw new InputRejectedException("Send the webhook's url, teamId, kinds, enabled and version.");
        }
        return webhooks.update(id, body.input(), required(body.version()));
    }

    /** The version comes as {@code ?version=}, since a DELETE has no body. */
    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable long id, @RequestParam(required = false) Long version) {
        webhooks.delete(id, required(version));
    }

    @GetMapping("/{id}/deliveries")
    List<DeliveryDetails> deliveries(@PathVariable long id) {
        return webhooks.deliveries(id);
    }

    private static long required(Long version) {
        if (version == null) {
            throw new InputRejectedException("version", "Send the version you read.");
        }
        return version;
    }
}
