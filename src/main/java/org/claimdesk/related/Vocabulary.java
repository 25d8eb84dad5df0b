package org.claimdesk.related;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Numbers the stems of one comparison run, so that a claim's words are a sorted array of ints: overlaps are
 * counted by merging two arrays instead of hashing strings, which matters when one import meets thousands of
 * earlier claims. One instance per run; not thread-safe.
 */
final class Vocabulary {

    private final Map<String, Integer> ids = new HashMap<>();

    /** The distinct ids of the stems, ascending; new stems get the next free id. */
    int[] ids(List<String> stems) {
        int[] out = new int[stems.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = ids.computeIfAbsent(stems.get(i), k -> ids.size());
        }
        Arrays.sort(out);
        int distinct = 0;
        for (int i = 0; i < out.length; i++) {
            if (i == 0 || out[i] != out[i - 1]) {
                out[distinct++] = out[i];
            }
        }
        return Arrays.copyOf(out, distinct);
    }

    /** How many stems have an id; ids run from 0 to size - 1. */
    int size() {
        return ids.size();
    }

    /** Size of the intersection of two sorted, duplicate-free id arrays. */
    static int sharedCount(int[] a, int[] b) {
        int i = 0;
        int j = 0;
        int shared = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                shared++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return shared;
    }
}
