package org.claimdesk.priorcheck;

import java.time.Instant;

/** A claim's link to a prior check, with the prior check itself ("already checked by X, rated Y"). */
public record PriorCheckLink(long id, long claimId, LinkStatus status, String reason, String linkedBy,
                             Instant linkedAt, PriorCheckDetails priorCheck, long version) {
}
