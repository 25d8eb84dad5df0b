package org.claimdesk.article.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.shared.Registration;
import org.claimdesk.shared.ui.FormMessage;

import java.util.ArrayList;
import java.util.List;

/** Chooses where a claim splits in two: before which word the second claim starts. */
class SplitClaimDialog extends Dialog {

    record SplitPoint(int offset, String label) {
    }

    final Select<SplitPoint> point = new Select<>();
    final FormMessage problem = new FormMessage("split-problem");
    final Button save = new Button("Split");

    SplitClaimDialog(String span) {
        setHeaderTitle("Split claim");
        setWidth("min(44rem, 96vw)");
        Paragraph words = new Paragraph(span);
        words.addClassName("claim-context");
        point.setId("split-point");
        point.setLabel("The second claim starts at");
        point.setItems(splitPoints(span));
        point.setItemLabelGenerator(SplitPoint::label);
        point.setWidthFull();
        save.setId("split-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            if (point.getValue() == null) {
                showProblem("Choose where the second claim starts.");
            } else {
                fireEvent(new SplitEvent(this, point.getValue().offset()));
            }
        });
        add(problem, words, point);
        getFooter().add(new Button("Cancel", e -> close()), save);
    }

    /** One choice per word after the first: "… three words | next three words …". */
    static List<SplitPoint> splitPoints(String span) {
        List<SplitPoint> points = new ArrayList<>();
        for (int i = 1; i < span.length(); i++) {
            if (Character.isWhitespace(span.charAt(i - 1)) && !Character.isWhitespace(span.charAt(i))) {
                String before = lastWords(span.substring(0, i).strip(), 4);
                String after = firstWords(span.substring(i), 4);
                points.add(new SplitPoint(i, "… " + before + "  |  " + after + " …"));
            }
        }
        return points;
    }

    private static String lastWords(String s, int n) {
        String[] w = s.split("\\s+");
        return String.join(" ", java.util.Arrays.copyOfRange(w, Math.max(0, w.length - n), w.length));
    }

    private static String firstWords(String s, int n) {
        String[] w = s.strip().split("\\s+");
        return String.join(" ", java.util.Arrays.copyOfRange(w, 0, Math.min(n, w.length)));
    }

    void showProblem(String message) {
        problem.error(message);
    }

    Registration addSplitListener(ComponentEventListener<SplitEvent> listener) {
        return addListener(SplitEvent.class, listener);
    }

    static class SplitEvent extends ComponentEvent<SplitClaimDialog> {
        private final int offset;

        SplitEvent(SplitClaimDialog source, int offset) {
            super(source, false);
            this.offset = offset;
        }

        int offset() { return offset; }
    }
}
