package org.claimdesk.related;

import java.util.Locale;
import java.util.Set;

/** Who made a claim, reduced to what says "the same person": the surname, never a role. */
final class Claimants {

    /** Claimant last words that name a role, not a person: two anonymous officials are not the same claimant. */
    private static final Set<String> ROLES = Set.of(
            "official", "officials", "spokesperson", "spokesman", "spokeswoman", "source", "sources", "minister",
            "ministry", "president", "office", "government", "police", "army", "military", "statement", "report",
            "analyst", "analysts", "expert", "experts", "resident", "residents", "witness", "witnesses",
            "authorities", "authority", "agency", "department", "council", "committee", "staff", "intelligence",
            "service", "services", "media", "unknown", "anonymous", "representative", "officer",
            "leader", "people", "person", "group", "company", "researchers", "study", "data");

    private Claimants() {
    }

    /** The claimant's last word in lower case ("zelenskyy"), or null when it is a role, too short or missing. */
    static String surname(String claimant) {
        if (claimant == null) {
            return null;
        }
        int end = claimant.length();
        while (end > 0 && !Character.isLetter(claimant.charAt(end - 1))) {
            end--;
        }
        int start = end;
        while (start > 0 && Character.isLetter(claimant.charAt(start - 1))) {
            start--;
        }
        String last = claimant.substring(start, end).toLowerCase(Locale.ROOT);
        return last.length() < 2 || ROLES.contains(last) ? null : last;
    }
}
