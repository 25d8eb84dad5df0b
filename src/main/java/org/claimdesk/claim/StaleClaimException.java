package org.claimdesk.claim;

import org.claimdesk.shared.ConflictException;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/** The claim was changed by someone else since the caller read it; names who and when. */
public class StaleClaimException extends ConflictException {

    private final String changedBy;
    private final Instant changedAt;

    StaleClaimException(long claimId, long currentVersion, String changedBy, Instant changedAt) {
        super(message(changedBy, changedAt), properties(claimId, currentVersion, changedBy, changedAt));
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    public String changedBy() {
        return changedBy;
    }

    public Instant changedAt() {
        return changedAt;
    }

    private static String message(String by, Instant at) {
        return (by == null ? "Someone" : by) + " changed this claim at " + at.toString().replace('T', ' ')
                .replaceAll("\\.\\d+Z$", " UTC").replace("Z", " UTC")
                + " after you opened it. Your input is kept: reload to see their change, then apply yours again.";
    }

    private static Map<String, Object> properties(long id, long version, String by, Instant at) {
        Map<String, Object> p = new HashMap<>();
        p.put("claimId", id);
        p.put("currentVersion", version);
        if (by != null) {
            p.put("changedBy", by);
        }
        p.put("changedAt", at.toString());
        return p;
    }
}
