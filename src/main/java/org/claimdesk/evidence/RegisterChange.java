package org.claimdesk.evidence;

import org.claimdesk.audit.HistoryEntry;

import java.time.Instant;

/**
 * One change to the publisher register or the rating scale: who changed which field of what, when, from what
 * to what.
 *
 * @param key    the publisher's domain, or the rating (TRUE, MIXED, ...)
 * @param action ADDED (a publisher's first rating) or EDITED
 */
public record RegisterChange(String key, String action, String field, String before, String after, String actor,
                             Instant at) {

    static RegisterChange of(String key, HistoryEntry e) {
        return new RegisterChange(key, e.action(), e.field(), e.before(), e.after(), e.actor(), e.at());
    }
}
