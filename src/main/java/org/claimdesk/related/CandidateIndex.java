package org.claimdesk.related;

import java.util.Arrays;
import java.util.List;

/**
 * Which of many claims share words with a given one, and how many: an inverted index from word id to the
 * claims containing it (in compressed rows: {@code claims[start[w] .. start[w + 1])}), so that a fresh claim is
 * only compared with the claims it overlaps, never with all of them. One instance per run; not thread-safe.
 */
final class CandidateIndex {

    /** Receives one overlapping claim: its position in the indexed list and the number of shared words. */
    @FunctionalInterface
    interface Overlap {
        void found(int claim, int sharedWords);
    }

    private final int[] start;
    private final int[] claims;
    /** Scratch space of {@link #forEachOverlap}: shared-word counts per claim and the claims touched. */
    private final int[] shared;
    private final int[] touched;

    /**
     * @param wordsOfClaims  each claim's distinct word ids (from one {@link Vocabulary})
     * @param vocabularySize the vocabulary's size: every id is below it
     */
    CandidateIndex(List<int[]> wordsOfClaims, int vocabularySize) {
        start = new int[vocabularySize + 1];
        int total = 0;
        for (int[] words : wordsOfClaims) {
            for (int word : words) {
                start[word + 1]++;
            }
            total += words.length;
        }
        for (int w = 0; w < vocabularySize; w++) {
            start[w + 1] += start[w];
        }
        claims = new int[total];
        int[] next = Arrays.copyOf(start, vocabularySize);
        for (int c = 0; c < wordsOfClaims.size(); c++) {
            for (int word : wordsOfClaims.get(c)) {
                claims[next[word]++] = c;
            }
        }
        shared = new int[wordsOfClaims.size()];
        touched = new int[wordsOfClaims.size()];
    }

    /** Calls back once for each indexed claim sharing at least one of the words, in order of first contact. */
    void forEachOverlap(int[] words, Overlap overlap) {
        int touchedCount = 0;
        for (int word : words) {
            if (word + 1 >= start.length) {
                continue; // a word no indexed claim has
            }
            for (int p = start[word]; p < start[word + 1]; p++) {
                int claim = claims[p];
                if (shared[claim]++ == 0) {
                    touched[touchedCount++] = claim;
                }
            }
        }
        for (int t = 0; t < touchedCount; t++) {
            int claim = touched[t];
            int count = shared[claim];
            shared[claim] = 0;
            overlap.found(claim, count);
        }
    }
}
