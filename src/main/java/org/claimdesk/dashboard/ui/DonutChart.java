package org.claimdesk.dashboard.ui;

import com.vaadin.flow.dom.Element;

import java.util.List;

/** A ring of segments in proportion to their figures, the total in the middle. */
public class DonutChart extends Chart {

    private static final int SIZE = 200;
    private static final double OUTER = 95;
    private static final double INNER = 58;

    public DonutChart(String title) {
        super(title, "donut-chart", SIZE, SIZE);
    }

    @Override
    protected void draw(List<ChartItem> items) {
        long total = items.stream().mapToLong(ChartItem::value).sum();
        double start = 0;
        for (ChartItem item : items) {
            if (item.value() <= 0) {
                continue;
            }
            double sweep = 2 * Math.PI * item.value() / total;
            Element mark = mark(item);
            mark.getClassList().add("chart-segment");
            Element segment = new Element("path");
            segment.setAttribute("d", sweep >= 2 * Math.PI - 1e-9 ? ring() : sector(start, start + sweep));
            segment.setAttribute("fill-rule", "evenodd");
            segment.getStyle().set("fill", item.color());
            mark.appendChild(segment);
            start += sweep;
        }
        Element sum = svgText(number(total), SIZE / 2.0, SIZE / 2.0 + 8, "middle");
        sum.getClassList().add("chart-total");
        svg.appendChild(sum);
    }

    /** The annular sector from angle a to b (radians, clockwise from 12 o'clock). */
    private static String sector(double a, double b) {
        String large = b - a > Math.PI ? "1" : "0";
        return "M" + point(OUTER, a) + " A" + r(OUTER) + " 0 " + large + " 1 " + point(OUTER, b)
                + " L" + point(INNER, b) + " A" + r(INNER) + " 0 " + large + " 0 " + point(INNER, a) + " Z";
    }

    /** A whole ring: two half circles outside, two inside (one arc cannot start and end at the same point). */
    private static String ring() {
        return "M" + point(OUTER, 0) + " A" + r(OUTER) + " 0 1 1 " + point(OUTER, Math.PI) + " A" + r(OUTER) + " 0 1 1 "
                + point(OUTER, 0) + " Z M" + point(INNER, 0) + " A" + r(INNER) + " 0 1 0 " + point(INNER, Math.PI)
                + " A" + r(INNER) + " 0 1 0 " + point(INNER, 0) + " Z";
    }

    private static String r(double radius) {
        return coordinate(radius) + " " + coordinate(radius);
    }

    private static String point(double radius, double angle) {
        double c = SIZE / 2.0;
        return coordinate(c + radius * Math.sin(angle)) + " " + coordinate(c - radius * Math.cos(angle));
    }
}
