package org.claimdesk.claim;

/** A stored figure: as written, normalized value, unit, approximate flag. */
public record QuantityDetails(String text, double value, String unit, boolean approximate) {

    /** The normalized value for people: whole numbers with thousands separators ("11,000"), others as they are. */
    public String formattedValue() {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? String.format("%,d", (long) value) : String.valueOf(value);
    }
}
