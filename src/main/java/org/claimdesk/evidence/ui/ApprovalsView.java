package org.claimdesk.evidence.ui;

import org.claimdesk.shared.ui.Texts;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import org.claimdesk.evidence.ApprovalItem;
import org.claimdesk.evidence.ApprovalQueue;
import org.claimdesk.live.Broadcaster;
import org.claimdesk.live.LiveEvent;
import org.claimdesk.security.Role;
import org.claimdesk.shared.ui.GridKeyboard;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Verdicts of my teams waiting for approval that someone else wrote, oldest first; a row opens its claim. The
 * list reads itself again when a verdict is given, approved or sent back anywhere while it is open.
 */
@Route("approvals")
@RolesAllowed({Role.ADMIN_NAME, Role.EDITOR_NAME, Role.FACT_CHECKER_NAME})
public class ApprovalsView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.systemDefault());

    final Grid<ApprovalItem> grid = new Grid<>(ApprovalItem.class, false);
    final Paragraph empty = new Paragraph(Texts.t("evidence.ApprovalsView.nothing-waits-for-your-approval"));
    private final ApprovalQueue approvals;
    private final Broadcaster broadcaster;
    private final String me;
    private Broadcaster.Subscription live;

    public ApprovalsView(ApprovalQueue approvals, Broadcaster broadcaster, AuthenticationContext auth) {
        this.approvals = approvals;
        this.broadcaster = broadcaster;
        this.me = auth.getPrincipalName().orElse("");
        setSizeFull();
        grid.setId("approvals-grid");
        grid.addColumn(ApprovalItem::claimText).setHeader(Texts.t("evidence.ApprovalsView.claim")).setFlexGrow(2);
        grid.addColumn(ApprovalItem::claimant).setHeader(Texts.t("evidence.ApprovalsView.claimant")).setFlexGrow(1);
        grid.addColumn(ApprovalItem::articleTitle).setHeader(Texts.t("evidence.ApprovalsView.article")).setFlexGrow(1);
        grid.addColumn(i -> i.attribution() + " · " + i.ratingLabel()).setHeader(Texts.t("evidence.ApprovalsView.verdict")).setWidth("14rem")
                .setFlexGrow(0);
        grid.addColumn(ApprovalItem::author).setHeader(Texts.t("evidence.ApprovalsView.author")).setWidth("9rem").setFlexGrow(0);
        grid.addColumn(i -> WHEN.format(i.decidedAt())).setHeader(Texts.t("evidence.ApprovalsView.decided-at")).setWidth("11rem").setFlexGrow(0);
        grid.addItemClickListener(e -> open(e.getItem()));
        GridKeyboard.bind(this, grid, this::open);
        empty.setId("approvals-empty");
        add(new H2(Texts.t("evidence.ApprovalsView.approvals")), GridKeyboard.hint(), empty, grid);
        expand(grid);
        refresh();
    }

    private void open(ApprovalItem item) {
        getUI().ifPresent(ui -> ui.navigate("claims/" + item.claimId()));
    }

    /** Reads the queue again. */
    void refresh() {
        List<ApprovalItem> items = approvals.awaitingMyApproval();
        grid.setItems(items);
        grid.setVisible(!items.isEmpty());
        empty.setVisible(items.isEmpty());
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        stopFollowing();
        var ui = attachEvent.getUI();
        live = broadcaster.join(LiveEvent.approvals(), me, event -> {
            if (event.kind() == LiveEvent.Kind.CHANGED) {
                ui.access(this::refresh);
            }
        });
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        stopFollowing();
        super.onDetach(detachEvent);
    }

    private void stopFollowing() {
        if (live != null) {
            live.close();
            live = null;
        }
    }

    @Override
    public String getPageTitle() {
        return Texts.t("evidence.ApprovalsView.title");
    }
}
