package org.claimdesk.shared;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ThreeWayMergeTest {

    static class Draft {
        String a;
        String b;
        Integer n;

        Draft(String a, String b, Integer n) {
            this.a = a;
            this.b = b;
            this.n = n;
        }
    }

    private final ThreeWayMerge<Draft> merge = new ThreeWayMerge<>(
            ThreeWayMerge.Field.text("A", d -> d.a, (d, v) -> d.a = v),
            ThreeWayMerge.Field.text("B", d -> d.b, (d, v) -> d.b = v),
            ThreeWayMerge.Field.of("N", d -> d.n, (d, v) -> d.n = v));

    @Test
    void a_field_only_they_changed_takes_their_value_and_one_only_i_changed_keeps_mine() {
        Draft base = new Draft("a", "b", 1);
        Draft mine = new Draft("my a", "b", 1);
        Draft theirs = new Draft("a", "their b", 2);

        List<ThreeWayMerge.Conflict<Draft, ?>> conflicts = merge.merge(base, mine, theirs);

        assertThat(conflicts).isEmpty();
        assertThat(mine.a).isEqualTo("my a");
        assertThat(mine.b).isEqualTo("their b");
        assertThat(mine.n).isEqualTo(2);
    }

    @Test
    void a_field_both_changed_differently_is_a_conflict_with_both_values_until_chosen() {
        Draft base = new Draft("a", "b", 1);
        Draft mine = new Draft("mine", "b", 1);
        Draft theirs = new Draft("theirs", "b", 1);

        List<ThreeWayMerge.Conflict<Draft, ?>> conflicts = merge.merge(base, mine, theirs);

        assertThat(conflicts).singleElement().satisfies(c -> {
            assertThat(c.label()).isEqualTo("A");
            assertThat(c.mineShown()).isEqualTo("mine");
            assertThat(c.theirsShown()).isEqualTo("theirs");
        });
        assertThat(mine.a).as("my value stays until I choose").isEqualTo("mine");
        conflicts.getFirst().choose(mine, false);
        assertThat(mine.a).isEqualTo("theirs");
    }

    @Test
    void the_same_change_on_both_sides_is_no_conflict_and_blank_equals_missing() {
        Draft base = new Draft(null, "b", 1);
        Draft mine = new Draft("", " same ", 1);
        Draft theirs = new Draft(null, "same", 1);

        assertThat(merge.merge(base, mine, theirs)).isEmpty();
        assertThat(merge.differences(base, new Draft("", "b", 1))).isEmpty();
        assertThat(merge.differences(base, new Draft("x", "b", 3))).containsExactly("A", "N");
    }
}
