package org.claimdesk.extraction;

/**
 * A figure in a claim.
 *
 * @param text        as written ("some 11,000 North Korean soldiers", "$2.3 billion")
 * @param value       normalized value (2.3 billion gives 2300000000; 12% gives 12)
 * @param unit        unit or counted thing ("soldiers", "USD", "EUR", "percent", "kilometers"), or null
 * @param approximate true when hedged by an approximator ("some", "about", "more than", "up to")
 */
public record ExtractedQuantity(String text, double value, String unit, boolean approximate) {
}
