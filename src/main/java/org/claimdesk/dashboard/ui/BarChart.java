package org.claimdesk.dashboard.ui;

import com.vaadin.flow.dom.Element;

import java.util.List;

/** Horizontal bars, one per item, label on the left and the figure after the bar. */
public class BarChart extends Chart {

    private static final int WIDTH = 400;
    private static final int ROW = 28;
    private static final int LABEL = 130;
    private static final int FIGURE = 50;

    public BarChart(String title) {
        super(title, "bar-chart", WIDTH, ROW);
    }

    @Override
    protected void draw(List<ChartItem> items) {
        svg.setAttribute("viewBox", "0 0 " + WIDTH + " " + Math.max(ROW, items.size() * ROW));
        long max = items.stream().mapToLong(ChartItem::value).max().orElse(0);
        int span = WIDTH - LABEL - FIGURE;
        for (int i = 0; i < items.size(); i++) {
            ChartItem item = items.get(i);
            double y = i * ROW;
            double length = max == 0 ? 0 : Math.max(item.value() == 0 ? 0 : 2, span * (double) item.value() / max);
            Element mark = mark(item);
            mark.getClassList().add("chart-bar");
            mark.appendChild(svgText(item.label(), LABEL - 8, y + ROW / 2.0 + 5, "end"));
            Element bar = new Element("rect");
            bar.setAttribute("x", String.valueOf(LABEL));
            bar.setAttribute("y", coordinate(y + 4));
            bar.setAttribute("width", coordinate(length));
            bar.setAttribute("height", String.valueOf(ROW - 8));
            bar.setAttribute("rx", "3");
            bar.getStyle().set("fill", item.color());
            mark.appendChild(bar);
            mark.appendChild(svgText(number(item.value()), LABEL + length + 6, y + ROW / 2.0 + 5, "start"));
        }
    }
}
