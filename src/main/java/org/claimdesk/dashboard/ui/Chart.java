package org.claimdesk.dashboard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.dom.Element;

import java.util.List;
import java.util.Locale;

/**
 * A chart drawn on the server as SVG with Vaadin's Element API (no chart library, no HTML strings: every text goes
 * through setText): a {@code <figure>} with a caption, the picture, and the same figures as a small table, so it
 * reads without the picture. The picture is a named group to assistive technology ({@code role="group"} with the
 * caption as its name), not an image: each bar, segment or point is a link (the same as in the table), and an image
 * may hold no controls (axe: nested-interactive).
 */
@Tag("figure")
public abstract class Chart extends Component implements HasStyle, HasSize {

    final Element svg = new Element("svg");
    final Element table = new Element("table");
    private final String title;

    protected Chart(String title, String kind, int width, int height) {
        this.title = title;
        addClassNames("chart", kind);
        Element caption = new Element("figcaption");
        caption.setText(title);
        svg.setAttribute("viewBox", "0 0 " + width + " " + height);
        svg.setAttribute("role", "group");
        svg.setAttribute("aria-label", title);
        svg.setAttribute("preserveAspectRatio", "xMinYMin meet");
        svg.getClassList().add("chart-picture");
        table.getClassList().add("chart-figures");
        getElement().appendChild(caption, svg, table);
    }

    public String title() {
        return title;
    }

    /** Draws the items: the picture (by the subclass) and the table of figures. */
    public void setItems(List<ChartItem> items) {
        svg.removeAllChildren();
        table.removeAllChildren();
        draw(items);
        for (ChartItem item : items) {
            Element row = new Element("tr");
            Element name = new Element("td");
            Element key = new Element("span");
            key.getClassList().add("chart-key");
            key.getStyle().set("background", item.color());
            name.appendChild(key);
            if (item.href() == null) {
                name.appendChild(Element.createText(item.label()));
            } else {
                Element link = new Element("a");
                link.setAttribute("href", item.href());
                link.setText(item.label());
                name.appendChild(link);
            }
            Element value = new Element("td");
            value.setText(number(item.value()));
            value.getClassList().add("chart-value");
            row.appendChild(name, value);
            table.appendChild(row);
        }
    }

    protected abstract void draw(List<ChartItem> items);

    /** The element a bar or segment is drawn into: a link when it has one, with a tooltip. */
    protected Element mark(ChartItem item) {
        Element wrap = new Element(item.href() == null ? "g" : "a");
        if (item.href() != null) {
            wrap.setAttribute("href", item.href());
        }
        Element tooltip = new Element("title");
        tooltip.setText(item.label() + ": " + number(item.value()));
        wrap.appendChild(tooltip);
        svg.appendChild(wrap);
        return wrap;
    }

    protected static Element svgText(String text, double x, double y, String anchor) {
        Element t = new Element("text");
        t.setAttribute("x", coordinate(x));
        t.setAttribute("y", coordinate(y));
        t.setAttribute("text-anchor", anchor);
        t.setText(text);
        return t;
    }

    protected static String coordinate(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    static String number(long n) {
        return String.format(Locale.ENGLISH, "%,d", n);
    }
}
