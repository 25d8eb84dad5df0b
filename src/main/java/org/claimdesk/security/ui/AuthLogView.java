package org.claimdesk.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.claimdesk.security.AuthLog;
import org.claimdesk.security.AuthLogEntry;
import org.claimdesk.security.AuthOutcome;
import org.claimdesk.security.Role;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** The auth log for admins: the newest sign-in attempts, narrowed by user, address or outcome. */
@Route("admin/auth-log")
@PageTitle("Sign-in log | ClaimDesk")
@RolesAllowed(Role.ADMIN_NAME)
public class AuthLogView extends VerticalLayout {

    /** How many entries the view shows at once: the newest. */
    static final int SHOWN = 200;

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    final TextField username = new TextField("User");
    final TextField address = new TextField("Address");
    final ComboBox<AuthOutcome> outcome = new ComboBox<>("Outcome", List.of(AuthOutcome.values()));
    final Button show = new Button("Show");
    final Grid<AuthLogEntry> grid = new Grid<>(AuthLogEntry.class, false);

    private final AuthLog authLog;

    public AuthLogView(AuthLog authLog) {
        this.authLog = authLog;
        setSizeFull();
        username.setId("auth-log-user");
        address.setId("auth-log-address");
        outcome.setId("auth-log-outcome");
        outcome.setClearButtonVisible(true);
        show.setId("auth-log-show");
        show.addClickListener(e -> refresh());
        grid.setId("auth-log");
        grid.addColumn(e -> WHEN.format(e.occurredAt())).setHeader("When").setAutoWidth(true);
        grid.addColumn(AuthLogEntry::outcome).setHeader("Outcome").setAutoWidth(true);
        grid.addColumn(AuthLogEntry::channel).setHeader("How").setAutoWidth(true);
        grid.addColumn(e -> e.username() == null ? "(API token)" : e.username()).setHeader("User").setAutoWidth(true);
        grid.addColumn(AuthLogEntry::remoteAddress).setHeader("Address").setAutoWidth(true);
        grid.addColumn(AuthLogEntry::reason).setHeader("Reason").setFlexGrow(1);
        add(new H2("Sign-in log"),
                new Paragraph("Every sign-in with a password (sign-in page or HTTP Basic) and every refused API token, "
                        + "newest first (the newest " + SHOWN + "). After repeated failures an account or an address "
                        + "is paused for a while: those attempts show as REFUSED."),
                new HorizontalLayout(username, address, outcome, show), grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(authLog.newestFirst(username.getValue(), address.getValue(), outcome.getValue(), 0, SHOWN));
    }
}
