package org.claimdesk.webhook;

/**
 * A new webhook and its signing secret. The secret is shown this once (view or API answer); afterwards only the
 * server holds it, to sign deliveries.
 */
public record IssuedWebhook(WebhookDetails webhook, String secret) {

    @Override
    public String toString() { // never the secret in a log line or an exception message
        return "IssuedWebhook[webhook=" + webhook.id() + "]";
    }
}
