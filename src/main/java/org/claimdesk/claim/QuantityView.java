package org.claimdesk.claim;

/** A stored figure: as written, normalized value, unit, approximate flag. */
public record QuantityView(String text, double value, String unit, boolean approximate) {
}
