package org.claimdesk.export;

/**
 * Who publishes the fact checks and where their public pages live: the ClaimReview's {@code author} (the
 * newsroom's name and site) and the base of the pages' addresses. Bound from {@code claimdesk.publisher.name},
 * {@code claimdesk.publisher.url} and {@code claimdesk.public-base-url} (see {@link PublisherSettingsConfiguration});
 * a plain record so the writers and their tests need no Spring context.
 *
 * @param name          the organization's name ("ClaimDesk newsroom")
 * @param url           the organization's site; null or blank to leave it out
 * @param publicBaseUrl where ClaimDesk's public pages are served ("https://factcheck.example.org")
 */
public record PublisherSettings(String name, String url, String publicBaseUrl) {

    public static final String DEFAULT_NAME = "ClaimDesk newsroom";
    public static final String DEFAULT_PUBLIC_BASE_URL = "http://localhost:8080";

    public PublisherSettings {
        name = name == null || name.isBlank() ? DEFAULT_NAME : name.strip();
        url = url == null || url.isBlank() ? null : url.strip();
        publicBaseUrl = publicBaseUrl == null || publicBaseUrl.isBlank() ? DEFAULT_PUBLIC_BASE_URL
                : publicBaseUrl.strip().replaceAll("/+$", "");
    }

    /** The defaults: "ClaimDesk newsroom" at http://localhost:8080. */
    public static PublisherSettings defaults() {
        return new PublisherSettings(null, DEFAULT_PUBLIC_BASE_URL, null);
    }
}
