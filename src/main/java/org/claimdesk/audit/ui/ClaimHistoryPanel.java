package org.claimdesk.audit.ui;

import org.claimdesk.shared.ui.Texts;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import org.claimdesk.audit.AuditService;
import org.claimdesk.audit.HistoryEntry;
import org.claimdesk.claim.ClaimDetails;
import org.claimdesk.claim.ui.ClaimPagePanel;
import org.claimdesk.claim.ui.ClaimPageSection;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** The append-only timeline of a claim, contributed by the audit module to the bottom of the claim page. */
@org.springframework.stereotype.Component
class ClaimHistoryPanel implements ClaimPagePanel {

    private final AuditService audit;

    ClaimHistoryPanel(AuditService audit) {
        this.audit = audit;
    }

    @Override
    public int order() {
        return 100;
    }

    @Override
    public Place place() {
        return Place.TAB;
    }

    @Override
    public String tabLabel() {
        return Texts.t("audit.ClaimHistoryPanel.history");
    }

    @Override
    public ClaimPageSection create(ClaimDetails claim, Runnable reload) {
        return new Timeline(audit, claim);
    }

    /** The timeline itself: oldest first, each entry with who, when, and the value before and after. */
    static class Timeline extends Div implements ClaimPageSection {

        private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                .withZone(ZoneId.systemDefault());

        private final AuditService audit;
        private final Div entries = new Div();

        Timeline(AuditService audit, ClaimDetails claim) {
            this.audit = audit;
            entries.setId("claim-history");
            entries.addClassName("timeline");
            add(new H3(Texts.t("audit.ClaimHistoryPanel.history")), entries);
            refresh(claim);
        }

        @Override
        public void refresh(ClaimDetails claim) {
            entries.removeAll();
            for (HistoryEntry h : audit.history("CLAIM", claim.id())) {
                Div row = new Div();
                row.addClassName("timeline-entry");
                String change = h.field() == null
                        ? (h.after() != null ? h.after() : h.before() == null ? "" : h.before())
                        : h.field() + ": " + (h.before() == null ? "—" : h.before()) + " → " + (h.after() == null ? "—" : h.after());
                row.add(new Span(WHEN.format(h.at()) + " · " + h.actor() + " · " + h.action().toLowerCase().replace('_', ' ')),
                        new Div(change));
                entries.add(row);
            }
        }
    }
}
