package org.claimdesk.claim;

import org.claimdesk.security.Role;
import org.claimdesk.shared.InputRejectedException;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import static org.claimdesk.claim.ClaimStatus.AWAITING_APPROVAL;
import static org.claimdesk.claim.ClaimStatus.IN_REVIEW;
import static org.claimdesk.claim.ClaimStatus.REOPENED;
import static org.claimdesk.claim.ClaimStatus.UNREVIEWED;
import static org.claimdesk.claim.ClaimStatus.VERIFIED;
import static org.claimdesk.claim.Transition.Rule.NONE;
import static org.claimdesk.claim.Transition.Rule.NOT_THE_VERDICTS_AUTHOR;
import static org.claimdesk.security.Role.ADMIN;
import static org.claimdesk.security.Role.EDITOR;
import static org.claimdesk.security.Role.FACT_CHECKER;

/**
 * Every status change a claim may make, in one table; {@link ClaimWorkflow} refuses any other. The evidence module
 * decides when a move is due (a first source, a verdict that meets the rules); this table decides whether the move
 * exists at all and who may make it. The UI and other modules read it to show what may be done next.
 */
public final class ClaimTransitions {

    public static final String START_REVIEW = "start review";
    public static final String GIVE_VERDICT = "give verdict";
    public static final String REVISE_VERDICT = "revise verdict";
    public static final String APPROVE = "approve";
    public static final String REOPEN = "reopen";

    private static final List<Transition> TABLE = List.of(
            // the first source starts the review, also of a reopened claim
            Transition.of(UNREVIEWED, IN_REVIEW, START_REVIEW, NONE, ADMIN, EDITOR, FACT_CHECKER),
            Transition.of(REOPENED, IN_REVIEW, START_REVIEW, NONE, ADMIN, EDITOR, FACT_CHECKER),
            // a verdict needs a source, which an unreviewed claim can have without a review having started: sources
            // that came with a merged claim, or copied with a verdict from the same claim elsewhere
            Transition.of(UNREVIEWED, AWAITING_APPROVAL, GIVE_VERDICT, NONE, ADMIN, EDITOR, FACT_CHECKER),
            Transition.of(IN_REVIEW, AWAITING_APPROVAL, GIVE_VERDICT, NONE, ADMIN, EDITOR, FACT_CHECKER),
            Transition.of(REOPENED, AWAITING_APPROVAL, GIVE_VERDICT, NONE, ADMIN, EDITOR, FACT_CHECKER),
            // a verdict not approved yet may be replaced; the new one waits for approval in turn
            Transition.of(AWAITING_APPROVAL, AWAITING_APPROVAL, REVISE_VERDICT, NONE, ADMIN, EDITOR, FACT_CHECKER),
            Transition.of(AWAITING_APPROVAL, VERIFIED, APPROVE, NOT_THE_VERDICTS_AUTHOR, ADMIN, EDITOR, FACT_CHECKER),
            // by hand, or because the sources under the verdict changed
            Transition.of(AWAITING_APPROVAL, REOPENED, REOPEN, NONE, ADMIN, EDITOR, FACT_CHECKER),
            Transition.of(VERIFIED, REOPENED, REOPEN, NONE, ADMIN, EDITOR, FACT_CHECKER));

    static {
        long pairs = TABLE.stream().map(t -> t.from() + ">" + t.to()).distinct().count();
        if (pairs != TABLE.size()) {
            throw new IllegalStateException("one transition per pair of statuses: a move is named by where it goes");
        }
    }

    private ClaimTransitions() {
    }

    /** The whole table, in the order above. */
    public static List<Transition> all() {
        return TABLE;
    }

    /** The transition from {@code from} to {@code to}, if the table has one. */
    public static Optional<Transition> find(ClaimStatus from, ClaimStatus to) {
        return TABLE.stream().filter(t -> t.from() == from && t.to() == to).findFirst();
    }

    /**
     * Whether someone with {@code roles} may move a claim from {@code from} to {@code to}. A transition with a
     * {@link Transition#rule() rule} about the person (approval) is allowed here; the rule is checked on the move.
     */
    public static boolean allowed(ClaimStatus from, ClaimStatus to, Collection<Role> roles) {
        return find(from, to).filter(t -> t.allowsAnyOf(roles)).isPresent();
    }

    /** What someone with {@code roles} may do next with a claim in {@code from}. */
    public static List<Transition> next(ClaimStatus from, Collection<Role> roles) {
        return TABLE.stream().filter(t -> t.from() == from && t.allowsAnyOf(roles)).toList();
    }

    /**
     * Refuses the move unless the table has it for this person: {@code actor} with {@code roles}, and
     * {@code verdictAuthor} the author of the verdict the move is about (null when none or not known).
     *
     * @return the transition made
     * @throws InputRejectedException saying which move is not allowed and why
     */
    public static Transition check(ClaimStatus from, ClaimStatus to, Collection<Role> roles, String actor,
                                   String verdictAuthor) {
        Transition t = find(from, to).orElseThrow(() -> new InputRejectedException("status",
                "A claim cannot go from " + from + " to " + to + ": " + whatFollows(from) + "."));
        if (!t.allowsAnyOf(roles)) {
            throw new InputRejectedException("status", "The move " + t + " is for " + t.who()
                    + " only; you are none of these.");
        }
        if (!t.rule().holds(actor, verdictAuthor)) {
            throw new InputRejectedException(t.rule() == NOT_THE_VERDICTS_AUTHOR ? "approver" : "status",
                    "The move " + t + " must be made by someone other than the verdict's author: "
                            + (verdictAuthor == null ? "who gave the verdict is not known."
                            : "you gave this verdict; an editor or another fact-checker must approve it."));
        }
        return t;
    }

    private static String whatFollows(ClaimStatus from) {
        List<Transition> next = TABLE.stream().filter(t -> t.from() == from).toList();
        if (next.isEmpty()) {
            return "no move leads on from " + from;
        }
        return "from " + from + (next.size() == 1 ? " the only move is " : " the moves are ")
                + next.stream().map(Transition::toString).collect(Collectors.joining(", "));
    }
}
