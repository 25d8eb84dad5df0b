package org.claimdesk.claim;

import org.claimdesk.security.Role;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One allowed status change of a claim: from where to where, what the action is called, and who may make it (the
 * roles, and a rule about the person on top of them). {@link ClaimTransitions} holds the whole table.
 */
public record Transition(ClaimStatus from, ClaimStatus to, String action, Set<Role> roles, Rule rule) {

    /** A rule about who makes the move, beyond their role. */
    public enum Rule {
        /** Anyone with one of the roles. */
        NONE(""),
        /** Four eyes: a verdict is approved by someone other than the person who gave it. */
        NOT_THE_VERDICTS_AUTHOR("not the verdict's author");

        private final String description;

        Rule(String description) {
            this.description = description;
        }

        public String description() {
            return description;
        }

        /** Whether the rule holds for {@code actor}; {@code verdictAuthor} is null when the caller did not say. */
        boolean holds(String actor, String verdictAuthor) {
            return switch (this) {
                case NONE -> true;
                // an unknown author is not assumed to be someone else: the caller must say who wrote the verdict
                case NOT_THE_VERDICTS_AUTHOR -> verdictAuthor != null && !verdictAuthor.equals(actor);
            };
        }
    }

    public Transition {
        if (from == null || to == null || action == null || action.isBlank() || roles == null || roles.isEmpty()
                || rule == null) {
            throw new IllegalArgumentException("a transition needs from, to, an action, roles and a rule");
        }
        roles = Set.copyOf(roles);
    }

    static Transition of(ClaimStatus from, ClaimStatus to, String action, Rule rule, Role... roles) {
        return new Transition(from, to, action, EnumSet.copyOf(Arrays.asList(roles)), rule);
    }

    /** Whether someone with {@code actorRoles} may make this move (the {@link #rule} is checked apart). */
    public boolean allowsAnyOf(Collection<Role> actorRoles) {
        return actorRoles != null && actorRoles.stream().anyMatch(roles::contains);
    }

    /** Who may make it, in words: "admin, editor or fact-checker; not the verdict's author". */
    public String who() {
        String names = Arrays.stream(Role.values()).filter(roles::contains).map(Transition::roleName)
                .collect(Collectors.collectingAndThen(Collectors.toList(), list -> list.size() == 1 ? list.getFirst()
                        : String.join(", ", list.subList(0, list.size() - 1)) + " or " + list.getLast()));
        return rule == Rule.NONE ? names : names + "; " + rule.description();
    }

    static String roleName(Role role) {
        return role.name().toLowerCase().replace('_', '-');
    }

    @Override
    public String toString() {
        return action + " (" + from + " → " + to + ")";
    }
}
