package org.claimdesk.claim;

/**
 * How many claims a search found. Counting stops at a cap (10,000): {@code atLeast} says there are more than
 * {@code value}, and how many more was not counted, so a list shows "10,000+" and asks for a narrower search.
 */
public record ClaimCount(long value, boolean atLeast) {
}
