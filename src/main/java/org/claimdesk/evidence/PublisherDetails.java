package org.claimdesk.evidence;

import java.time.Instant;

/** A publisher in the reliability register. Unknown domains are UNRATED with version -1 (not stored yet). */
public record PublisherDetails(String domain, String name, Reliability reliability, String note, String updatedBy,
                            Instant updatedAt, long version) {
}
