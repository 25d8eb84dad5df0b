package org.claimdesk.related;

/**
 * A word of normalized text, by its offsets. {@code stem} is null for words that carry no content (stop words,
 * numbers, the first half of a "n't" contraction); {@code contraction} marks such a first half ("hasn" of
 * "hasn't").
 */
record Token(int start, int end, String stem, boolean digits, boolean contraction) {

    String word(String normalizedText) {
        return normalizedText.substring(start, end);
    }
}
