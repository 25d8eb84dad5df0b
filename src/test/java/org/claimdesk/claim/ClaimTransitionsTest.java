package org.claimdesk.claim;

import org.claimdesk.security.Role;
import org.claimdesk.shared.InputRejectedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.claimdesk.claim.ClaimStatus.AWAITING_APPROVAL;
import static org.claimdesk.claim.ClaimStatus.IN_REVIEW;
import static org.claimdesk.claim.ClaimStatus.REOPENED;
import static org.claimdesk.claim.ClaimStatus.UNREVIEWED;
import static org.claimdesk.claim.ClaimStatus.VERIFIED;

/** The table of status changes: each row is allowed for its roles only, and every other pair of statuses is refused. */
class ClaimTransitionsTest {

    private static final Set<Role> EVERY_ROLE = EnumSet.allOf(Role.class);

    static Stream<Transition> table() {
        return ClaimTransitions.all().stream();
    }

    /** Each pair of statuses the table has no row for. */
    static Stream<Arguments> pairsNotInTheTable() {
        return Arrays.stream(ClaimStatus.values()).flatMap(from -> Arrays.stream(ClaimStatus.values())
                .filter(to -> ClaimTransitions.all().stream().noneMatch(t -> t.from() == from && t.to() == to))
                .map(to -> Arguments.of(from, to)));
    }

    @ParameterizedTest(name = "{0} is allowed for {1}")
    @MethodSource("table")
    void every_transition_in_the_table_is_allowed_for_each_of_its_roles(Transition t) {
        for (Role role : t.roles()) {
            assertThat(ClaimTransitions.allowed(t.from(), t.to(), Set.of(role))).as(role.name()).isTrue();
            assertThat(ClaimTransitions.check(t.from(), t.to(), Set.of(role), "approver", "author")).isEqualTo(t);
            assertThat(ClaimTransitions.next(t.from(), Set.of(role))).contains(t);
        }
    }

    @ParameterizedTest(name = "{0} is refused to anyone else")
    @MethodSource("table")
    void every_transition_in_the_table_is_refused_to_someone_without_one_of_its_roles(Transition t) {
        Set<Role> others = t.roles().size() == Role.values().length ? EnumSet.noneOf(Role.class)
                : EnumSet.complementOf(EnumSet.copyOf(t.roles()));
        // someone with none of the roles, then each other role on its own
        List<Set<Role>> outsiders = Stream.concat(Stream.of(Set.<Role>of()), others.stream().map(Set::of)).toList();
        for (Set<Role> roles : outsiders) {
            assertThat(ClaimTransitions.allowed(t.from(), t.to(), roles)).as(roles.toString()).isFalse();
            assertThat(ClaimTransitions.next(t.from(), roles)).doesNotContain(t);
            assertThatThrownBy(() -> ClaimTransitions.check(t.from(), t.to(), roles, "someone", "author"))
                    .isInstanceOf(InputRejectedException.class)
                    .hasMessageContaining(t.from() + " → " + t.to()).hasMessageContaining("none of these");
        }
    }

    @ParameterizedTest(name = "{0} → {1} is refused")
    @MethodSource("pairsNotInTheTable")
    void every_pair_of_statuses_not_in_the_table_is_refused_whatever_the_role(ClaimStatus from, ClaimStatus to) {
        assertThat(ClaimTransitions.allowed(from, to, EVERY_ROLE)).isFalse();
        assertThat(ClaimTransitions.find(from, to)).isEmpty();
        assertThatThrownBy(() -> ClaimTransitions.check(from, to, EVERY_ROLE, "someone", "author"))
                .isInstanceOfSatisfying(InputRejectedException.class, e -> assertThat(e.field()).isEqualTo("status"))
                .hasMessageContaining("cannot go from " + from + " to " + to);
    }

    @Test
    void the_refused_pairs_include_the_shortcuts_the_workflow_must_never_take() {
        assertThat(pairsNotInTheTable().map(a -> a.get()[0] + " → " + a.get()[1]))
                .contains("UNREVIEWED → VERIFIED", "IN_REVIEW → VERIFIED", "REOPENED → VERIFIED",
                        "VERIFIED → IN_REVIEW", "VERIFIED → AWAITING_APPROVAL", "VERIFIED → UNREVIEWED",
                        "AWAITING_APPROVAL → UNREVIEWED", "AWAITING_APPROVAL → IN_REVIEW", "IN_REVIEW → UNREVIEWED",
                        "IN_REVIEW → REOPENED", "UNREVIEWED → REOPENED", "VERIFIED → VERIFIED")
                .hasSize(ClaimStatus.values().length * ClaimStatus.values().length - ClaimTransitions.all().size());
    }

    @Test
    void approval_is_refused_to_the_verdicts_author_and_when_the_author_is_not_known() {
        assertThatThrownBy(() -> ClaimTransitions.check(AWAITING_APPROVAL, VERIFIED, Set.of(Role.FACT_CHECKER),
                "checker", "checker"))
                .isInstanceOfSatisfying(InputRejectedException.class, e -> assertThat(e.field()).isEqualTo("approver"))
                .hasMessageContaining("another fact-checker");
        assertThatThrownBy(() -> ClaimTransitions.check(AWAITING_APPROVAL, VERIFIED, Set.of(Role.EDITOR),
                "editor", null)).isInstanceOf(InputRejectedException.class).hasMessageContaining("not known");
        assertThat(ClaimTransitions.check(AWAITING_APPROVAL, VERIFIED, Set.of(Role.EDITOR), "editor", "checker").action())
                .isEqualTo(ClaimTransitions.APPROVE);
    }

    @Test
    void a_refusal_says_which_move_is_closed_and_which_moves_lead_on_instead() {
        assertThatThrownBy(() -> ClaimTransitions.check(VERIFIED, AWAITING_APPROVAL, EVERY_ROLE, "checker", null))
                .hasMessage("A claim cannot go from VERIFIED to AWAITING_APPROVAL: from VERIFIED the only move is "
                        + "reopen (VERIFIED → REOPENED).");
        assertThatThrownBy(() -> ClaimTransitions.check(UNREVIEWED, VERIFIED, EVERY_ROLE, "checker", null))
                .hasMessageContaining("start review (UNREVIEWED → IN_REVIEW)")
                .hasMessageContaining("give verdict (UNREVIEWED → AWAITING_APPROVAL)");
    }

    @Test
    void what_may_be_done_next_follows_the_table() {
        assertThat(ClaimTransitions.next(UNREVIEWED, Set.of(Role.FACT_CHECKER))).extracting(Transition::to)
                .containsExactly(IN_REVIEW, AWAITING_APPROVAL);
        assertThat(ClaimTransitions.next(REOPENED, Set.of(Role.EDITOR))).extracting(Transition::to)
                .containsExactly(IN_REVIEW, AWAITING_APPROVAL);
        assertThat(ClaimTransitions.next(AWAITING_APPROVAL, Set.of(Role.ADMIN))).extracting(Transition::action)
                .containsExactly(ClaimTransitions.REVISE_VERDICT, ClaimTransitions.APPROVE, ClaimTransitions.REOPEN);
        assertThat(ClaimTransitions.next(VERIFIED, EVERY_ROLE)).extracting(Transition::to).containsExactly(REOPENED);
        assertThat(ClaimTransitions.next(VERIFIED, Set.of())).isEmpty();
    }

    @Test
    void a_transition_says_who_may_make_it_in_words() {
        assertThat(ClaimTransitions.find(AWAITING_APPROVAL, VERIFIED).orElseThrow().who())
                .isEqualTo("admin, editor or fact-checker; not the verdict's author");
        assertThat(ClaimTransitions.find(VERIFIED, REOPENED).orElseThrow().who())
                .isEqualTo("admin, editor or fact-checker");
    }
}
