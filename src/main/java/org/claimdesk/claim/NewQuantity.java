package org.claimdesk.claim;

/** A figure of a claim being stored. */
public record NewQuantity(String text, double value, String unit, boolean approximate) {
}
