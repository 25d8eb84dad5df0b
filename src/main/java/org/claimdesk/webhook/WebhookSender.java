package org.claimdesk.webhook;

import org.claimdesk.shared.InputRejectedException;
import org.springframework.stereotype.Component;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Makes one delivery attempt: a signed JSON POST with short timeouts that never follows a redirect (a redirect
 * could lead to an address the check refused). The answer's body is read and thrown away.
 */
@Component
class WebhookSender {

    /** How an attempt went: the receiver's status (null when it never answered) and, unless 2xx, why it failed. */
    record Outcome(Integer statusCode, String error) {

        boolean delivered() {
            return statusCode != null && statusCode >= 200 && statusCode < 300;
        }
    }

    private final WebhookSettings settings;
    private final WebhookAddresses addresses;
    private final HttpClient http;

    WebhookSender(WebhookSettings settings, WebhookAddresses addresses) {
        this.settings = settings;
        this.addresses = addresses;
        this.http = HttpClient.newBuilder()
                .connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    Outcome send(String url, String secret, long deliveryId, String event, String payload) {
        try {
            addresses.checkReachable(url); // DNS may have changed since the webhook was saved
        } catch (InputRejectedException refused) {
            return new Outcome(null, "Not sent: " + refused.getMessage());
        }
        byte[] body = payload.getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .timeout(settings.readTimeout())
                .header("Content-Type", "application/json; charset=utf-8")
                .header("User-Agent", "ClaimDesk-Webhooks")
                .header("X-ClaimDesk-Event", event)
                .header("X-ClaimDesk-Delivery", String.valueOf(deliveryId))
                .header(WebhookSignature.HEADER, WebhookSignature.sign(secret, body))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        CompletableFuture<HttpResponse<Void>> answer = http.sendAsync(request, HttpResponse.BodyHandlers.discarding());
        try {
            // the request timeout covers the answer's head; this bound also covers a body that trickles in
            long limit = settings.connectTimeout().plus(settings.readTimeout()).multipliedBy(2).toMillis();
            int status = answer.get(limit, TimeUnit.MILLISECONDS).statusCode();
            return new Outcome(status, status >= 200 && status < 300 ? null : "HTTP " + status);
        } catch (TimeoutException e) {
            answer.cancel(true);
            return new Outcome(null, "Timed out");
        } catch (InterruptedException e) {
            answer.cancel(true);
            Thread.currentThread().interrupt();
            return new Outcome(null, "Interrupted");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            if (cause instanceof HttpTimeoutException) {
                return new Outcome(null, "Timed out");
            }
            String message = cause.getMessage();
            return new Outcome(null, cause.getClass().getSimpleName() + (message == null ? "" : ": " + message));
        }
    }
}
