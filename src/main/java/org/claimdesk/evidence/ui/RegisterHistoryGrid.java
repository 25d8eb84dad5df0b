package org.claimdesk.evidence.ui;

import org.claimdesk.shared.ui.Texts;
import com.vaadin.flow.component.grid.Grid;
import org.claimdesk.evidence.RegisterChange;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The history of the publisher register or the rating scale in a view: when, who, which field, before and
 * after, latest first. Every cell is plain text (names and notes are people's input, never HTML).
 */
class RegisterHistoryGrid extends Grid<RegisterChange> {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.systemDefault());

    /** @param keyHeader the header of the column naming the record changed, or null for one record's history */
    RegisterHistoryGrid(String id, String keyHeader) {
        super(RegisterChange.class, false);
        setId(id);
        addColumn(c -> WHEN.format(c.at())).setHeader(Texts.t("evidence.RegisterHistoryGrid.when")).setKey("when").setAutoWidth(true);
        addColumn(RegisterChange::actor).setHeader(Texts.t("evidence.RegisterHistoryGrid.who")).setKey("who").setAutoWidth(true);
        if (keyHeader != null) {
            addColumn(RegisterChange::key).setHeader(keyHeader).setKey("key").setAutoWidth(true);
        }
        addColumn(c -> c.action().toLowerCase() + " " + c.field()).setHeader(Texts.t("evidence.RegisterHistoryGrid.change")).setKey("change").setAutoWidth(true);
        addColumn(c -> orDash(c.before())).setHeader(Texts.t("evidence.RegisterHistoryGrid.before")).setKey("before").setFlexGrow(2);
        addColumn(c -> orDash(c.after())).setHeader(Texts.t("evidence.RegisterHistoryGrid.after")).setKey("after").setFlexGrow(2);
        setHeight("16rem");
    }

    void show(List<RegisterChange> oldestFirst) {
        setItems(oldestFirst.reversed());
    }

    private static String orDash(String value) {
        return value == null ? "—" : value;
    }
}
