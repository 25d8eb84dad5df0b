package org.claimdesk.article.ui;

import org.claimdesk.shared.ui.Texts;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.shared.Registration;
import org.claimdesk.shared.ui.FormMessage;

import java.util.ArrayList;
import java.util.List;

/**
 * Chooses where a claim splits in two by clicking, in the claim's own words, the word the second claim starts
 * with. Each word after the first is a native button (Tab to it, Enter or Space picks it); the words are text
 * nodes, never HTML. The two parts are shown before the split is made.
 */
class SplitClaimDialog extends Dialog {

    /** A place the second claim may start: its offset in the claim's words and the word there. */
    record SplitPoint(int offset, String word) {
    }

    final Div words = new Div();
    final List<NativeButton> wordButtons = new ArrayList<>();
    final Span firstPart = new Span();
    final Span secondPart = new Span();
    final FormMessage problem = new FormMessage("split-problem");
    final Button save = new Button(Texts.t("article.SplitClaimDialog.split"));
    private final String span;
    private SplitPoint chosen;
    private NativeButton chosenButton;

    SplitClaimDialog(String span) {
        this.span = span;
        setHeaderTitle(Texts.t("article.SplitClaimDialog.split-claim"));
        setWidth("min(44rem, 96vw)");
        Paragraph hint = new Paragraph(Texts.t("article.SplitClaimDialog.click-the-word-the-second-claim"));
        hint.setId("split-hint");
        words.setId("split-words");
        words.addClassName("split-words");
        words.getElement().setAttribute("role", "group");
        words.getElement().setAttribute("aria-labelledby", "split-hint");
        fillWords();
        firstPart.setId("split-first");
        secondPart.setId("split-second");
        Div parts = new Div(partLabel(Texts.t("article.SplitClaimDialog.first-claim")), firstPart,
                partLabel(Texts.t("article.SplitClaimDialog.second-claim")), secondPart);
        parts.addClassName("split-parts");
        showParts();
        save.setId("split-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            if (chosen == null) {
                showProblem(Texts.t("article.SplitClaimDialog.click-the-word-the-second-claim"));
            } else {
                fireEvent(new SplitEvent(this, chosen.offset()));
            }
        });
        add(problem, hint, words, parts);
        getFooter().add(new Button(Texts.t("article.SplitClaimDialog.cancel"), e -> close()), save);
    }

    /** The claim's words in order, the first as plain text and each later one as a button that picks it. */
    private void fillWords() {
        List<SplitPoint> points = splitPoints(span);
        int at = 0;
        for (SplitPoint p : points) {
            words.add(new Text(span.substring(at, p.offset())));
            NativeButton word = new NativeButton(p.word());
            word.addClassName("split-word");
            word.getElement().setAttribute("aria-label", Texts.t("article.SplitClaimDialog.start-second-claim-at", p.word()));
            word.getElement().setAttribute("aria-pressed", "false");
            word.addClickListener(e -> choose(p, word));
            wordButtons.add(word);
            words.add(word);
            at = p.offset() + p.word().length();
        }
        if (at < span.length()) {
            words.add(new Text(span.substring(at)));
        }
    }

    void choose(SplitPoint point, NativeButton button) {
        if (chosenButton != null) {
            chosenButton.removeClassName("chosen");
            chosenButton.getElement().setAttribute("aria-pressed", "false");
        }
        chosen = point;
        chosenButton = button;
        button.addClassName("chosen");
        button.getElement().setAttribute("aria-pressed", "true");
        problem.clear();
        showParts();
    }

    private void showParts() {
        firstPart.setText(chosen == null ? span.strip() : span.substring(0, chosen.offset()).strip());
        secondPart.setText(chosen == null ? Texts.t("article.SplitClaimDialog.click-a-word-above")
                : span.substring(chosen.offset()).strip());
    }

    private static Span partLabel(String text) {
        Span label = new Span(text);
        label.addClassName("part-label");
        return label;
    }

    /** One place per word after the first: the offset where that word starts, and the word. */
    static List<SplitPoint> splitPoints(String span) {
        List<SplitPoint> points = new ArrayList<>();
        for (int i = 1; i < span.length(); i++) {
            if (Character.isWhitespace(span.charAt(i - 1)) && !Character.isWhitespace(span.charAt(i))
                    && !span.substring(0, i).isBlank()) {
                int end = i;
                while (end < span.length() && !Character.isWhitespace(span.charAt(end))) {
                    end++;
                }
                points.add(new SplitPoint(i, span.substring(i, end)));
            }
        }
        return points;
    }

    SplitPoint chosen() {
        return chosen;
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
