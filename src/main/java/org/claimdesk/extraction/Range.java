package org.claimdesk.extraction;

/** Offsets [start, end) in a piece of text: a number as written, a counted noun, attribution words to skip. */
record Range(int start, int end) {

    /** Whether [from, to) shares at least one character with this range. */
    boolean overlaps(int from, int to) {
        return from < end && to > start;
    }
}
