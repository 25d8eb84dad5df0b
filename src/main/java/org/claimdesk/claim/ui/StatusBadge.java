package org.claimdesk.claim.ui;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.function.ValueProvider;
import org.claimdesk.claim.ClaimStatus;
import org.claimdesk.shared.ui.Texts;

/**
 * A claim's status as the same coloured badge on every screen: a readable label ("Awaiting approval") and one
 * class per status ({@code status-awaiting-approval}) whose colours are defined once, in
 * frontend/styles/claimdesk.css. Grids with many rows use {@link #renderer}, which draws the same markup on the
 * client without a server-side component per row.
 */
public class StatusBadge extends Span {

    public static final String CLASS_NAME = "status-badge";

    public StatusBadge(ClaimStatus status) {
        addClassName(CLASS_NAME);
        setStatus(status);
    }

    /** Shows another status in place (the claim page's header keeps one badge across refreshes). */
    public void setStatus(ClaimStatus status) {
        for (ClaimStatus s : ClaimStatus.values()) {
            removeClassName(cssClass(s));
        }
        setText(label(status));
        addClassName(cssClass(status));
    }

    /** What people read: "In review", not IN_REVIEW. */
    public static String label(ClaimStatus status) {
        return Texts.label(status);
    }

    /** The class that gives the status its colours, e.g. status-in-review. */
    public static String cssClass(ClaimStatus status) {
        return "status-" + status.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /**
     * The badge as a grid column's renderer: the same classes and label, bound by Lit as text (never as HTML), as
     * the properties {@code statusClass} and {@code statusLabel}.
     */
    public static <T> LitRenderer<T> renderer(ValueProvider<T, ClaimStatus> status) {
        return LitRenderer.<T>of("<span class='" + CLASS_NAME + " ${item.statusClass}'>${item.statusLabel}</span>")
                .withProperty("statusClass", item -> cssClass(status.apply(item)))
                .withProperty("statusLabel", item -> label(status.apply(item)));
    }
}
