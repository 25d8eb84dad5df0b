package org.claimdesk.shared.ui;

import org.claimdesk.shared.ui.Texts;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import org.claimdesk.shared.ThreeWayMerge;

import java.util.ArrayList;
import java.util.List;

/**
 * Shows the fields that both I and someone else changed, each with both values side by side, and lets me pick
 * which stays. Nothing is chosen for me: the form refuses to save until every conflict is decided.
 *
 * @param <D> the form's draft
 */
public class ConflictChoices<D> extends Div {

    private static final String MINE = "mine";
    private static final String THEIRS = "theirs";

    private final List<RadioButtonGroup<String>> groups = new ArrayList<>();
    private List<ThreeWayMerge.Conflict<D, ?>> shown = List.of();

    public ConflictChoices(String id) {
        setId(id);
        addClassName("conflict-choices");
        setVisible(false);
    }

    /**
     * Shows these conflicts (replacing earlier ones); a choice writes the value into {@code draft} and then runs
     * {@code afterChoice} (the form refreshes its fields from the draft).
     */
    public void show(List<ThreeWayMerge.Conflict<D, ?>> conflicts, D draft, Runnable afterChoice) {
        removeAll();
        groups.clear();
        shown = List.copyOf(conflicts);
        setVisible(!conflicts.isEmpty());
        if (conflicts.isEmpty()) {
            return;
        }
        add(new Paragraph(Texts.t("shared.ConflictChoices.you-and-the-other-person-both")));
        int i = 0;
        for (ThreeWayMerge.Conflict<D, ?> c : conflicts) {
            String id = getId().orElse("conflict") + "-" + i++;
            Div yours = side("yours", Texts.t("shared.ConflictChoices.yours"), c.mineShown());
            Div theirs = side("theirs", Texts.t("shared.ConflictChoices.theirs"), c.theirsShown());
            Div values = new Div(yours, theirs);
            values.addClassName("conflict-values");
            RadioButtonGroup<String> group = new RadioButtonGroup<>();
            group.setId(id);
            group.setAriaLabel(Texts.t("shared.ConflictChoices.keep-which", c.label()));
            group.setItems(MINE, THEIRS);
            group.setItemLabelGenerator(v -> Texts.t(v.equals(MINE) ? "shared.ConflictChoices.keep-yours"
                    : "shared.ConflictChoices.keep-theirs"));
            group.addValueChangeListener(e -> {
                if (e.getValue() != null) {
                    c.choose(draft, e.getValue().equals(MINE));
                    group.setInvalid(false);
                    afterChoice.run();
                }
            });
            groups.add(group);
            Div row = new Div(new H4(c.label()), values, group);
            row.addClassName("conflict-choice");
            add(row);
        }
    }

    /** One side of a conflict: whose value (its CSS name and its label), and the value as text (never HTML). */
    private static Div side(String whose, String whoseLabel, String value) {
        Span label = new Span(whoseLabel + " ");
        label.addClassName("conflict-whose");
        Div side = new Div(label, new Span(value));
        side.addClassName("conflict-" + whose);
        return side;
    }

    /** True when every conflict has a choice; otherwise marks the open ones. */
    public boolean resolved() {
        boolean all = true;
        for (RadioButtonGroup<String> g : groups) {
            if (g.getValue() == null) {
                g.setErrorMessage(Texts.t("shared.ConflictChoices.choose-yours-or-theirs"));
                g.setInvalid(true);
                all = false;
            }
        }
        return all;
    }

    /** The conflicts shown that the person has not decided yet. */
    public List<ThreeWayMerge.Conflict<D, ?>> undecided() {
        List<ThreeWayMerge.Conflict<D, ?>> open = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            if (groups.get(i).getValue() == null) {
                open.add(shown.get(i));
            }
        }
        return open;
    }

    public void clear() {
        show(List.of(), null, () -> { });
    }
}
