package org.claimdesk.dashboard.ui;

import com.vaadin.flow.dom.Element;

import java.util.List;

/** A line through the items in order (e.g. weeks), a dot per item, its label below and its figure above. */
public class LineChart extends Chart {

    private static final int WIDTH = 400;
    private static final int HEIGHT = 170;
    private static final int TOP = 20;
    private static final int BOTTOM = 32;
    private static final int SIDE = 32; // room for half a week label at each end

    public LineChart(String title) {
        super(title, "line-chart", WIDTH, HEIGHT);
    }

    @Override
    protected void draw(List<ChartItem> items) {
        long max = Math.max(1, items.stream().mapToLong(ChartItem::value).max().orElse(0));
        double step = items.size() < 2 ? 0 : (WIDTH - 2.0 * SIDE) / (items.size() - 1);
        Element axis = new Element("path");
        axis.setAttribute("d", "M" + SIDE + " " + (HEIGHT - BOTTOM) + " H" + (WIDTH - SIDE));
        axis.getClassList().add("chart-axis");
        svg.appendChild(axis);
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < items.size(); i++) {
            line.append(i == 0 ? "M" : " L").append(coordinate(x(i, step))).append(' ')
                    .append(coordinate(y(items.get(i).value(), max)));
        }
        Element path = new Element("path");
        path.setAttribute("d", line.toString());
        path.getClassList().add("chart-line");
        svg.appendChild(path);
        for (int i = 0; i < items.size(); i++) {
            ChartItem item = items.get(i);
            double x = x(i, step);
            double y = y(item.value(), max);
            Element mark = mark(item);
            mark.getClassList().add("chart-point");
            Element dot = new Element("path"); // a dot as a zero-length round-capped stroke
            dot.setAttribute("d", "M" + coordinate(x) + " " + coordinate(y) + " h0.01");
            dot.getClassList().add("chart-dot");
            dot.getStyle().set("stroke", item.color());
            mark.appendChild(dot, svgText(number(item.value()), x, y - 8, "middle"),
                    svgText(item.label(), x, HEIGHT - 12, "middle"));
        }
    }

    private static double x(int i, double step) {
        return SIDE + i * step;
    }

    private static double y(long value, long max) {
        return TOP + (HEIGHT - TOP - BOTTOM) * (1 - (double) value / max);
    }
}
