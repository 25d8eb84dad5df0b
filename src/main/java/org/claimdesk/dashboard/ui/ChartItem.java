package org.claimdesk.dashboard.ui;

/**
 * One bar, segment or point of a chart.
 *
 * @param label what it is, in words ("Verified")
 * @param value its figure
 * @param color a CSS colour value for its fill, e.g. {@code var(--claimdesk-status-verified-text)}
 * @param href  where a click goes (the claims grid with the matching filter), or null for nowhere
 */
public record ChartItem(String label, long value, String color, String href) {
}
