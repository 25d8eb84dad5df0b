package org.claimdesk.review.ui;

import org.claimdesk.shared.ui.Texts;
import org.claimdesk.claim.ui.StatusBadge;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.claimdesk.live.Broadcaster;
import org.claimdesk.live.LiveEvent;
import org.claimdesk.review.AssignmentService;
import org.claimdesk.review.QueueItem;
import org.claimdesk.security.CurrentUser;
import org.claimdesk.security.Role;
import org.claimdesk.shared.ui.GridKeyboard;

import java.util.ArrayList;
import java.util.List;

/**
 * The claims assigned to me, by due date then priority, overdue ones marked; a row opens its claim. It stays
 * current without a reload: a claim assigned to me or taken away, and a change to a listed claim (a verdict,
 * an approval), refresh it by push.
 */
@Route("queue")
@RolesAllowed({Role.ADMIN_NAME, Role.EDITOR_NAME, Role.FACT_CHECKER_NAME})
public class MyQueueView extends VerticalLayout implements HasDynamicTitle {

    final Grid<QueueItem> grid = new Grid<>(QueueItem.class, false);
    private final AssignmentService assignments;
    private final Broadcaster broadcaster;
    private final String me;
    private final List<Broadcaster.Subscription> live = new ArrayList<>();
    /** Narrows the listed rows to those whose claim, claimant or article contains the words typed. */
    final TextField filter = new TextField();
    /** Says when the queue is longer than the page it lists. */
    final Span more = new Span();
    private UI ui;
    /** All rows read last, whatever the filter shows: each is followed for changes. */
    private List<QueueItem> listed = List.of();

    public MyQueueView(AssignmentService assignments, Broadcaster broadcaster, CurrentUser currentUser) {
        this.assignments = assignments;
        this.broadcaster = broadcaster;
        this.me = currentUser.name();
        setSizeFull();
        grid.setId("my-queue");
        grid.addComponentColumn(i -> {
            Span due = new Span(i.dueDate() == null ? Texts.t("review.MyQueueView.no-date") : i.dueDate().toString());
            if (i.overdue()) {
                due.setText(Texts.t("review.MyQueueView.overdue", i.dueDate().toString()));
                due.addClassName("overdue");
            }
            return due;
        }).setHeader(Texts.t("review.MyQueueView.due")).setWidth("10rem").setFlexGrow(0);
        grid.addColumn(QueueItem::priority).setHeader(Texts.t("review.MyQueueView.priority")).setWidth("7rem").setFlexGrow(0);
        grid.addColumn(i -> i.claimant() + ": " + i.text()).setHeader(Texts.t("review.MyQueueView.claim")).setFlexGrow(1);
        grid.addColumn(QueueItem::articleTitle).setHeader(Texts.t("review.MyQueueView.article")).setFlexGrow(0).setWidth("14rem");
        grid.addColumn(StatusBadge.renderer(QueueItem::status)).setKey("status").setHeader(Texts.t("review.MyQueueView.status")).setWidth("10rem").setFlexGrow(0);
        grid.addItemClickListener(e -> open(e.getItem()));
        grid.setEmptyStateText(Texts.t("review.MyQueueView.nothing-is-assigned-to-you"));
        more.setId("my-queue-more");
        more.setVisible(false);
        filter.setId("my-queue-filter");
        filter.setLabel(Texts.t("review.MyQueueView.filter"));
        filter.setPlaceholder(Texts.t("review.MyQueueView.claim-claimant-or-article"));
        filter.setClearButtonVisible(true);
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.addValueChangeListener(e -> applyFilter());
        GridKeyboard.bind(this, grid, this::open);
        HorizontalLayout tools = new HorizontalLayout(filter, GridKeyboard.hint());
        tools.setAlignItems(Alignment.BASELINE);
        add(new H2(Texts.t("review.MyQueueView.my-queue")), tools, more, grid);
        expand(grid);
        refresh();
    }

    /** Reads the queue again and follows the claims now in it. */
    void refresh() {
        List<QueueItem> items = assignments.myQueue();
        listed = items;
        grid.setItems(items);
        applyFilter();
        more.setVisible(items.size() >= AssignmentService.MAX_QUEUE_ITEMS);
        more.setText(Texts.t("review.MyQueueView.more", AssignmentService.MAX_QUEUE_ITEMS));
        if (ui != null) {
            follow(items);
        }
    }

    private void open(QueueItem item) {
        getUI().ifPresent(u -> u.navigate("claims/" + item.claimId()));
    }

    private void applyFilter() {
        String words = filter.getValue().strip().toLowerCase(java.util.Locale.ROOT);
        grid.getListDataView().setFilter(words.isEmpty() ? null : i -> (i.claimant() + " " + i.text() + " "
                + i.articleTitle()).toLowerCase(java.util.Locale.ROOT).contains(words));
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        ui = attachEvent.getUI();
        follow(listed); // the rows the constructor read: no second query
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        unfollow();
        ui = null;
    }

    /** My own topic (assigned to me, taken away) and each listed claim's (verdict, approval, reopen, edit). */
    private void follow(List<QueueItem> items) {
        unfollow();
        UI target = ui;
        // only changes: presence events (someone, even this screen, joining a topic) would loop refresh and re-join
        java.util.function.Consumer<LiveEvent> onChange = e -> {
            if (e.kind() == LiveEvent.Kind.CHANGED) {
                target.access(this::refresh);
            }
        };
        live.add(broadcaster.join(LiveEvent.user(me), me, onChange));
        for (QueueItem i : items) {
            live.add(broadcaster.join(LiveEvent.claim(i.claimId()), me, onChange));
        }
    }

    private void unfollow() {
        live.forEach(Broadcaster.Subscription::close);
        live.clear();
    }

    @Override
    public String getPageTitle() {
        return Texts.t("review.MyQueueView.title");
    }
}
