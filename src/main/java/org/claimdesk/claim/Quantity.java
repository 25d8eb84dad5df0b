package org.claimdesk.claim;

import jakarta.persistence.*;

@Entity
@Table(name = "quantity")
class Quantity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private int position;

    @Column(name = "text_as_written", nullable = false, length = ClaimLimits.MAX_QUANTITY_TEXT)
    private String text;

    @Column(name = "normalized_value", nullable = false)
    private double value;

    @Column(length = ClaimLimits.MAX_UNIT)
    private String unit;

    @Column(nullable = false)
    private boolean approximate;

    protected Quantity() {
    }

    Quantity(int position, String text, double value, String unit, boolean approximate) {
        this.position = position;
        this.text = text;
        this.value = value;
        this.unit = unit;
        this.approximate = approximate;
    }

    String getText() { return text; }

    void setPosition(int position) { this.position = position; }

    Quantity copy() {
        return new Quantity(position, text, value, unit, approximate);
    }

    QuantityDetails view() {
        return new QuantityDetails(text, value, unit, approximate);
    }
}
