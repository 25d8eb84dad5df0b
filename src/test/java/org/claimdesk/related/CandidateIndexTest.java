package org.claimdesk.related;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

/** The vocabulary that numbers words and the index that finds, per claim, how many words it shares. */
class CandidateIndexTest {

    @Test
    void the_vocabulary_numbers_words_in_order_of_first_sight_and_gives_sorted_distinct_ids() {
        Vocabulary vocabulary = new Vocabulary();

        assertThat(vocabulary.ids(List.of("troop", "border", "troop"))).containsExactly(0, 1);
        assertThat(vocabulary.ids(List.of("village", "border"))).containsExactly(1, 2);
        assertThat(vocabulary.ids(List.of())).isEmpty();
        assertThat(vocabulary.size()).isEqualTo(3);
    }

    @Test
    void shared_words_are_counted_between_two_id_sets() {
        assertThat(Vocabulary.sharedCount(new int[] {0, 2, 4, 7}, new int[] {1, 2, 3, 4, 8})).isEqualTo(2);
        assertThat(Vocabulary.sharedCount(new int[] {}, new int[] {1})).isZero();
    }

    @Test
    void the_index_reports_each_overlapping_claim_once_with_its_shared_word_count() {
        CandidateIndex index = new CandidateIndex(List.of(
                new int[] {0, 1, 2},   // claim 0
                new int[] {3, 4},      // claim 1: nothing in common with the query
                new int[] {1, 2, 5},   // claim 2
                new int[] {2}), 6);    // claim 3

        assertThat(overlaps(index, new int[] {1, 2, 6})).containsExactly(entry(0, 2), entry(2, 2), entry(3, 1));
        // the scratch space is reset between queries
        assertThat(overlaps(index, new int[] {4, 5})).containsExactly(entry(1, 1), entry(2, 1));
        assertThat(overlaps(index, new int[] {})).isEmpty();
    }

    @Test
    void an_empty_index_finds_nothing() {
        assertThat(overlaps(new CandidateIndex(List.of(), 0), new int[] {0, 1})).isEmpty();
    }

    private static Map<Integer, Integer> overlaps(CandidateIndex index, int[] words) {
        Map<Integer, Integer> found = new LinkedHashMap<>();
        index.forEachOverlap(words, (claim, shared) -> assertThat(found.put(claim, shared)).isNull());
        return found;
    }
}
